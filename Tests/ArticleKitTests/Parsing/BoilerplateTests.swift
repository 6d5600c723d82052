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
            ("Manchester United manager David Moyes talks to Adnan Januzaj (Reuters)", .caption),
            ("Utilizamos “cookies” propias y de terceros para elaborar información estadística.", .cookieNotice),
            ("Empieza febrero de la mejor forma y suscríbete por menos de 5€", .newsletter),
            ("¿Ya eres suscriptor? Inicia sesión", .newsletter),
            ("Yahoo News Australia and agencies", .byline),
            ("Leer", .relatedLink),
            ("Figure 1: Location and age of the 51 ancient modern humans.", .caption),
            ("Abb. 3 Der Turm im Jahr 1910", .caption),
            ("A l'extrémité de l'anneau F de Saturne, la sonde a saisi un satellite. Photo Ciclops/JPL/Nasa.", .caption),
            ("PA Sport", .byline),
            ("Si sigue navegando, entendemos que acepta su uso y nuestra política.", .cookieNotice),
            ("By continuing to browse the site you are agreeing to our use of them.", .cookieNotice),
            ("Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung zu.", .cookieNotice),
            ("You may not be getting all you can out of your browsing experience", .pageFurniture),
            ("Continued from Page A1", .pageFurniture),
            ("Fortsetzung auf Seite 3", .pageFurniture),
            ("Legend:  David Lehrer (left) and his son Mark question why police targeted the board.", .caption),
        ]
        for (line, reason) in cases {
            #expect(Boilerplate.reason(forLine: line) == reason, "\(line)")
        }
    }

    @Test("The page's players, loaders, desk signatures, ad notices and archive-photo captions, in five languages")
    func widgetsAndCaptionWords() {
        let cases: [(String, DroppedBlock.Reason)] = [
            ("Ascolta l'articolo", .pageFurniture),
            ("Listen to this article", .pageFurniture),
            ("Wird geladen", .pageFurniture),
            ("Mostra altro", .pageFurniture),
            ("Argomenti: sciopero, treni, Trenord", .pageFurniture),
            ("La Redazione", .byline),
            ("Story continues below advertisement", .advertisement),
            ("La suite après cette publicité", .advertisement),
            ("Il ministro durante la conferenza stampa (foto d'archivio)", .caption),
            ("Ein Polizeiwagen vor dem Rathaus. Symbolbild", .caption),
            ("Imagen de archivo de la Guardia Civil en Ceuta", .caption),
            ("En savoir plus sur le projet", .relatedLink),
            ("Segui il nostro giornale su Google News", .newsletter),
        ]
        for (line, reason) in cases {
            #expect(Boilerplate.reason(forLine: line) == reason, "\(line)")
        }
        // A sentence that only mentions the words stays text.
        #expect(Boilerplate.reason(forLine: "The mayor said the new library would show more of the town's history to visitors.") == nil)
    }

    @Test("The comment section, previous/next links, image descriptions, licences and cookie switches, in five languages")
    func commentsLicencesAndSwitches() {
        let cases: [(String, DroppedBlock.Reason)] = [
            ("No comments:", .pageFurniture),
            ("Post a Comment", .pageFurniture),
            ("LASCIA UNA RISPOSTA", .pageFurniture),
            ("Please enter your comment!", .pageFurniture),
            ("Please enter your name here", .pageFurniture),
            ("Keine Kommentare", .pageFurniture),
            ("Laisser un commentaire", .pageFurniture),
            ("Deja una respuesta", .pageFurniture),
            ("Los comentarios están cerrados.", .pageFurniture),
            ("Voriger Artikel", .relatedLink),
            ("Nächster Artikel", .relatedLink),
            ("Photo of weeds in pavement and gutter", .caption),
            ("Bild von der Baustelle am Rathaus", .caption),
            ("Licenza Creative Commons L'indirizzo breve è https://vivere.me/dNVg", .copyright),
            ("This work is licensed under a Creative Commons Attribution 4.0 International License.", .copyright),
            ("La funzionalità è stata disattivata perché si avvale di cookies (Maggiori informazioni)", .cookieNotice),
            ("Diese Funktion ist deaktiviert, weil sie Cookies verwendet.", .cookieNotice),
        ]
        for (line, reason) in cases {
            #expect(Boilerplate.reason(forLine: line) == reason, "\(line)")
        }
        // Prose about the same things stays text.
        for line in [
            "No comments were made by the council after the meeting on Tuesday evening.",
            "Photographers of the local club showed their work in the town hall.",
            "Campaigners say the cookies follow users' activity across many sites.",
        ] {
            #expect(Boilerplate.reason(forLine: line) == nil, "\(line)")
        }
    }

    @Test("Blog comment forms, comment counts, relative time stamps, courtesy credits and image file names")
    func countsStampsAndFileNames() {
        let cases: [(String, DroppedBlock.Reason)] = [
            ("Enregistrer un commentaire", .pageFurniture),
            ("Remarque : Seul un membre de ce blog est autorisé à enregistrer un commentaire.", .pageFurniture),
            ("Questo sito usa Akismet per ridurre lo spam. Scopri come i tuoi dati vengono elaborati.", .pageFurniture),
            ("Print Friendly, PDF & Email", .pageFurniture),
            ("comments (0)", .pageFurniture),
            ("12 Commenti", .pageFurniture),
            ("Kommentare 3", .pageFurniture),
            ("19 hours ago", .byline),
            ("a day ago", .byline),
            ("3 ore fa", .byline),
            ("vor 2 Stunden", .byline),
            ("il y a 3 heures", .byline),
            ("hace 2 horas", .byline),
            ("Courtesy of Annina Kantelinen", .caption),
            ("consiglio regionale.jpg", .caption),
        ]
        for (line, reason) in cases {
            #expect(Boilerplate.reason(forLine: line) == reason, "\(line)")
        }
        for line in ["The meeting ended 2 hours ago", "12 comments were sent to the council", "Two years ago"] {
            #expect(Boilerplate.reason(forLine: line) == nil, "\(line)")
        }
    }

    @Test("Mail headers, forwarded-mail separators and closing salutations, in five languages")
    func mailLines() {
        let cases: [(String, DroppedBlock.Reason)] = [
            ("From: Ismael Castagnet <ismael.castagnet at gmail.com>", .pageFurniture),
            ("Subject: Día de la Libertad del Software - Sábado 18 de Septiembre, 14:00", .pageFurniture),
            ("To:", .pageFurniture),
            ("Oggetto: convegno del 12 giugno", .pageFurniture),
            ("Betreff: Treffen am Freitag", .pageFurniture),
            ("Objet : réunion de jeudi", .pageFurniture),
            ("Asunto: reunión del jueves", .pageFurniture),
            ("---------- Forwarded message ----------", .pageFurniture),
            ("-----Ursprüngliche Nachricht-----", .pageFurniture),
            ("-------- Messaggio inoltrato --------", .pageFurniture),
            ("Saludos,", .byline),
            ("Saludos, Pablo Flores", .byline),
            ("Cordiali saluti", .byline),
            ("Mit freundlichen Grüßen", .byline),
            ("Best regards, Jane", .byline),
        ]
        for (line, reason) in cases {
            #expect(Boilerplate.reason(forLine: line) == reason, "\(line)")
        }
        for line in ["The forwarded message reached the council on Monday.", "Saludos a todos los vecinos que vinieron a la fiesta del sábado y nos ayudaron a montar el escenario."] {
            #expect(Boilerplate.reason(forLine: line) == nil, "\(line)")
        }
    }

    @Test("Mail words come from one list (mail.txt): every closing alone or before a comma, every line field with either colon; a block-only field alone is no header")
    func mailWordsOneList() {
        let cases: [(String, DroppedBlock.Reason)] = [
            // Closings that only mail.txt held before: one list now drops them everywhere.
            ("Cordiales saludos, Ana", .byline),
            ("Un caro saluto", .byline),
            ("Grüße, Hans", .byline),
            ("Amitiés", .byline),
            ("Bien à vous, Marie", .byline),
            ("Un abrazo,", .byline),
            // A header field with the colon as French sets it, for every field.
            ("From : Jane Doe", .pageFurniture),
            ("Para: Juan Pérez", .pageFurniture),
        ]
        for (line, reason) in cases {
            #expect(Boilerplate.reason(forLine: line) == reason, "\(line)")
        }
        for line in ["A: the council meets on Friday", "Organization: the council of the town and its members meet on Friday"] {
            #expect(Boilerplate.reason(forLine: line) == nil, "\(line)")
        }
    }

    @Test("A byline listing its authors with their titles and places is a byline however long; a sentence opened by 'By' is not")
    func longByline() {
        #expect(Boilerplate.reason(forLine: "By Danielle Parsons, PhD Candidate in Evolutionary Biology, The Ohio State University, Bryan Carstens, Professor of Evolutionary Biology, The Ohio State University") == .byline)
        #expect(Boilerplate.reason(forLine: "Di Mario Rossi, Inviato a Roma, Corriere della Sera") == .byline)
        for line in [
            "By Monday, officials will have counted the votes of all the districts, the electoral commission said",
            "By the end of the year, Rome, Milan and Naples will have new buses",
            "By Danielle Parsons, PhD Candidate, The Ohio State University, who studied the species for years, and her team of students.",
            "Di Maio, Salvini, Zingaretti, Renzi: vertice al Quirinale sulla legge di bilancio",
        ] {
            #expect(Boilerplate.reason(forLine: line) == nil, "\(line)")
        }
    }

    @Test("Prose that opens like furniture stays")
    func prose() {
        for line in [
            "By the end of the year, the council expects to have finished the work.",
            "Source code for the project is published under an open licence, the team said.",
            "Next year the festival moves to a bigger site on the river.",
            "Photo booths were set up in every school across the region last week.",
            // A wire dateline opens the text; the agency is not a photo credit here.
            "BUCHAREST (Reuters) - The median forecast of a Reuters poll of analysts puts inflation at 3.9%.",
            "Figures released on Monday show 3 regions growing faster than the rest.",
            "The photo was taken in 1910. Photographers then had to wait for minutes to get a single picture.",
            "Carquefou (France) (AFP) Au lendemain de l’annonce de la fermeture du site, les salariés ont manifesté.",
        ] {
            #expect(Boilerplate.reason(forLine: line) == nil, "\(line)")
        }
    }
}
