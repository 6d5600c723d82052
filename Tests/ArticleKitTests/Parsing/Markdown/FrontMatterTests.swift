import Testing
@testable import ArticleKit

@Suite("Front matter: YAML and TOML")
struct FrontMatterTests {
    static let body = "\nThe minimum requirements for Rust toolchains targeting Linux will increase with the next release.\n\nA second paragraph follows.\n"

    @Test func tomlGivesTitleAuthorSummaryAndTheDayOfItsPath() {
        let text = """
            +++
            path = "2022/08/01/Increasing-glibc-kernel-requirements.html"
            title = "Increasing the glibc and Linux kernel requirements"
            authors = ["Nikita Popov", "Someone Else"]
            description = "Modernizing \\"Linux\\" support"
            weight = 1

            [extra]
            title = "Not the title"
            +++
            """ + Self.body
        let a = MarkdownParser.parse(SourceText(text))
        #expect(a.title?.text == "Increasing the glibc and Linux kernel requirements")
        #expect(a.source.string(in: a.title!.span) == "title = \"Increasing the glibc and Linux kernel requirements\"")
        #expect(a.author == "Nikita Popov")
        #expect(a.date == "2022-08-01")
        #expect(a.lede?.text == "Modernizing \"Linux\" support")
        // The first paragraph stays in the body when the front matter names the lede.
        #expect(a.sections.first?.blocks.first?.text.hasPrefix("The minimum requirements") == true)
        let metadata = a.dropped.filter { $0.reason == .metadata }
        #expect(metadata.map { $0.span.firstLine...$0.span.lastLine } == [1...10])
    }

    @Test func tomlDatesAndCommentsAsWritten() {
        let a = MarkdownParser.parse(SourceText("+++\ntitle = 'Notes'\ndate = 2023-09-25T10:00:00Z # published\n+++\n" + Self.body))
        #expect(a.title?.text == "Notes")
        #expect(a.date == "2023-09-25T10:00:00Z")
    }

    @Test func yamlTitleAndADateWrittenInWords() {
        let a = MarkdownParser.parse(SourceText("---\ntitle: \"Il ritorno dei tram\"\ndate: 24 marzo 2025\n---\n" + Self.body))
        #expect(a.title?.text == "Il ritorno dei tram")
        #expect(a.date == "2025-03-24")
    }

    @Test func withoutFrontMatterTheDateOfTheTitleHeading() {
        let a = MarkdownParser.parse(SourceText("# 2022-05-10 Triage Log\n" + Self.body))
        #expect(a.title?.text == "2022-05-10 Triage Log")
        #expect(a.date == "2022-05-10")
        #expect(MarkdownParser.parse(SourceText("# Notes\n" + Self.body)).date == nil)
    }

    @Test func fencesMustMatch() {
        // A TOML block is closed by +++ only; `...` closes YAML but never opens front matter.
        let open = MarkdownParser.parse(SourceText("+++\ntitle = \"Nope\"\n---\n" + Self.body))
        #expect(!open.dropped.contains { $0.reason == .metadata })
        let dots = MarkdownParser.parse(SourceText("...\ntitle: Nope\n...\n" + Self.body))
        #expect(!dots.dropped.contains { $0.reason == .metadata })
        #expect(FrontMatter.tomlValue("[ 'a', \"b\" ]") == "a")
        #expect(FrontMatter.tomlValue("true # yes") == "true")
    }

    @Test func permalinkDays() {
        #expect(DocumentDate.inPath("/blog/2023/09/25/post.html") == "2023-09-25")
        #expect(DocumentDate.inPath("2023/02/30/x") == nil)
        #expect(DocumentDate.inPath("posts/my-post") == nil)
    }
}
