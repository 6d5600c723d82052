import Testing
@testable import ArticleKit

/// Whole lines of page furniture, by the vocabulary in furniture.txt and the rules in code.
@Suite("Boilerplate lines")
struct BoilerplateTests {
    @Test("Lines that are furniture, with their reasons")
    func furniture() {
        let cases: [(String, DroppedBlock.Reason)] = [
            ("www.ecbnnews.com", .pageFurniture),
            ("https://www.instagram.com/p/Bv7aI7KIzWC/", .pageFurniture),
            ("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.", .byline),
            ("Source: GhanaWeb", .byline),
            ("← Previous: Chasing Quick Fixes", .relatedLink),
            ("You may like", .relatedLink),
            ("Photo by Philip Cosores", .caption),
            ("View photo", .caption),
            ("© Patrice Fava / CNRS Images, 2013", .copyright),
            ("Powered by Bondware", .advertisement),
            ("Scan code to share", .shareLinks),
        ]
        for (line, reason) in cases {
            #expect(Boilerplate.reason(forLine: line) == reason, "\(line)")
        }
    }

    @Test("Prose that opens like furniture stays")
    func prose() {
        for line in [
            "By the end of the year, the council expects to have finished the work.",
            "Source code for the project is published under an open licence, the team said.",
            "Next year the festival moves to a bigger site on the river.",
            "Photo booths were set up in every school across the region last week.",
        ] {
            #expect(Boilerplate.reason(forLine: line) == nil, "\(line)")
        }
    }
}
