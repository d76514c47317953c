// A git repository of the project alone, on branch main, with the case's own identity; what Maven and the invoker
// write stays out of it.
def git = { String... args ->
    def process = (['git'] + args.toList()).execute(null, basedir)
    def output = process.text
    assert process.waitFor() == 0: "git ${args.join(' ')}: ${output}"
}
git 'init', '-q', '-b', 'main'
git 'config', 'user.name', 'it'
git 'config', 'user.email', 'it@dbflow.invalid'
git 'config', 'commit.gpgsign', 'false'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
true
