import ArticleKit

/// The one line for a path given on the command line that leads nowhere: a self-looping
/// symbolic link is said as such (as `dump` and the reader say it), not as a missing file.
enum MissingPath {
    static func message(_ path: String) -> String {
        if case .linkLoop = FileReader.problem(at: path) { return ArticleError.linkLoop(path: path).description }
        return FilePath.display("\(path): no such file or folder")
    }
}
