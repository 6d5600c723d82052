import Testing
@testable import ArticleKit

/// Towns only `towns.txt` knows (German, French and Spanish towns from 1,000 people) are places
/// where the words before them say so, and only there.
@Suite("Town names")
struct TownNamesTests {
    func places(_ body: String, _ language: Language) -> [String] {
        FactRecallTests.excerpt(body, language).places.map(\.name)
    }

    /// After a preposition of place, a settlement noun and `de`, or a conjunction after a placed town.
    @Test func aTownAfterWordsOfPlaceIsAPlace() {
        let fr = places("Le site de la Seita à Carquefou va fermer, annonce la direction, et celui de Douvrin aussi.", .french)
        #expect(fr.contains("Carquefou"), "\(fr)")
        #expect(!fr.contains("Douvrin"), "\(fr)")  // `celui de`: no word of place
        let es = places("El accidente en la autovía a su paso por Campotéjar dejó dos heridos entre las parroquias de Sada y Bergondo.", .spanish)
        for town in ["Campotéjar", "Sada", "Bergondo"] { #expect(es.contains(town), "\(town) in \(es)") }
        let de = places("Der Unfall passierte zwischen Michendorf und der Autobahn, im Schweriner Stadtteil Lankow gab es einen zweiten.", .german)
        for town in ["Michendorf", "Lankow"] { #expect(de.contains(town), "\(town) in \(de)") }
    }

    /// With no word of place before it, or at a sentence's start, such a town is no place.
    @Test func aTownWithoutWordsOfPlaceIsNoPlace() {
        let fr = places("La direction a reçu les syndicats. Carquefou attendra la décision du groupe, dit-elle.", .french)
        #expect(!fr.contains("Carquefou"), "\(fr)")
    }
}
