import Foundation
import Testing
@testable import leggio_eval

@Suite("The spaCy peer's JSON")
struct PeerOutputTests {
    func decode(_ json: String) throws(PeerError) -> PeerOutput { try PeerOutput.decode(Data(json.utf8)) }

    @Test func readsModelAndEntitiesPerDocument() throws {
        let output = try decode("""
            {"model": "en_core_web_sm 3.8.0", "spacy": "3.8.18", "documents": [
              {"id": "a.txt", "people": ["Vladimir Putin", "Putin"], "places": ["Brussels"], "organisations": ["the European Union"]},
              {"id": "b.md", "people": [], "places": [], "organisations": []}]}
            """)
        #expect(output.model == "en_core_web_sm 3.8.0" && output.spacy == "3.8.18")
        #expect(output.documents == [
            PeerDocument(id: "a.txt", people: ["Vladimir Putin", "Putin"], places: ["Brussels"], organisations: ["the European Union"]),
            PeerDocument(id: "b.md"),
        ])
    }

    @Test func keepsNonAsciiAndEscapedTextAsWritten() throws {
        let output = try decode(#"{"model": "m", "spacy": "s", "documents": [{"id": "é.txt", "people": ["Lehrer\u2019s", "Zoë"], "places": [], "organisations": ["Charlie \"Tru\""]}]}"#)
        #expect(output.documents[0].id == "é.txt")
        #expect(output.documents[0].people == ["Lehrer’s", "Zoë"])
        #expect(output.documents[0].organisations == ["Charlie \"Tru\""])
    }

    @Test func saysWhatIsMissingOrWrong() {
        #expect(throws: PeerError.badOutput("no \"places\" at .documents[0]")) {
            try decode(#"{"model": "m", "spacy": "s", "documents": [{"id": "a", "people": [], "organisations": []}]}"#)
        }
        #expect(throws: PeerError.badOutput("no \"model\"")) { try decode(#"{"spacy": "s", "documents": []}"#) }
        #expect(throws: PeerError.badOutput("not JSON")) { try decode("spaCy warning: something\n{") }
        do {
            _ = try decode(#"{"model": "m", "spacy": "s", "documents": [{"id": "a", "people": "Putin", "places": [], "organisations": []}]}"#)
            Issue.record("a string where a list belongs was read")
        } catch {
            #expect(error.description.contains(".documents[0].people"))
        }
    }

    @Test func everyDocumentAskedForMustComeBack() throws {
        let output = PeerOutput(model: "m", spacy: "s", documents: [PeerDocument(id: "a"), PeerDocument(id: "b")])
        #expect(try SpacyPeer.byId(output, expecting: ["b", "a"]).keys.sorted() == ["a", "b"])
        #expect(throws: PeerError.missingDocument("c")) { try SpacyPeer.byId(output, expecting: ["a", "c"]) }
    }

    @Test func aMissingVenvIsNamedWithTheWayToMakeIt() {
        let peer = SpacyPeer(venv: "/nonexistent/venv", script: SpacyPeer.defaultScript)
        #expect(throws: PeerError.notInstalled(venv: "/nonexistent/venv")) { try peer.check() }
        #expect(PeerError.notInstalled(venv: "/v").description.contains("Scripts/spacy-peer/setup.sh"))
    }
}
