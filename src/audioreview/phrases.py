"""The fixed words of every edition, in one table.

The speech script, the content note, the EPUB and the web page all say "Content
note", "About this review", "directed by"... from here, so an edition never
disagrees with another (a game is "developed by" in the audio and on the title
page alike) and a language is added in one place. Keys are plain names;
``{placeholders}`` are filled by :func:`say`. A language without a table, or a
key its table lacks, falls back to English.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Metadata

KINDS = ("film", "tv", "book", "game")

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # headings and labels
        "content_note": "Content note",
        "content_notice": "Content notice",
        "about_review": "About this review",
        "continue_to_review": "Continue to the review",
        "untitled_review": "Untitled review",
        "untitled_section": "Untitled section",
        "title": "Title",
        # headings the readers' sectioning rule makes (readers/structure.py)
        "heading.review": "Review",
        "heading.opening": "Opening",
        "heading.verdict": "Verdict",
        "heading.discussion": "Discussion",
        "heading.part": "Part {n}",
        "heading.continued": "{heading} (continued)",
        # the content note and the section notice
        "note": "Content note: this review contains {topics}.",
        "note_skip": "The review begins after this note.",
        "notice": "The next section contains graphic descriptions of {topics}.",
        # a review in a language the detector does not know (analysis.content_warnings.LANGUAGES)
        "note_unchecked": "Content note: this review was not checked automatically for sensitive material.",
        "unchecked": "It was not checked automatically for other sensitive material.",
        # the note's groups and topics (English composes its own: analysis/note.py)
        "group.3": "graphic descriptions of {topics}",
        "group.2": "descriptions of {topics}",
        "group.1": "references to {topics}",
        "and": "and",
        "topic.violence": "violence",
        "topic.war_atrocity": "wartime violence",
        "topic.torture": "torture",
        "topic.gore_injury": "injury",
        "topic.death_grief": "death",
        "topic.child_harm": "harm to children",
        "topic.sexual_violence": "sexual violence",
        "topic.abuse": "abuse",
        "topic.self_harm_suicide": "suicide and self-harm",
        "topic.mental_health": "mental illness",
        "topic.substances": "substance misuse",
        "topic.medical_reproductive": "serious illness",
        "topic.animal_harm": "harm to animals",
        "topic.discrimination": "discrimination",
        "topic.captivity": "captivity",
        "topic.sexual_content": "sexual content",
        "topic.strong_language": "strong language",
        "topic.frightening": "frightening content",
        # the work: a noun and the creator's role, per kind
        "kind.film": "film",
        "kind.tv": "TV series",
        "kind.book": "book",
        "kind.game": "game",
        "kind_a.film": "a film",
        "kind_a.tv": "a TV series",
        "kind_a.book": "a book",
        "kind_a.game": "a game",
        "role.film": "directed by",
        "role.tv": "created by",
        "role.book": "written by",
        "role.game": "developed by",
        "role.other": "by",
        # the title page
        "work_reviewed": "Work reviewed",
        "review_by": "Review by",
        "published_in": "Published in",
        "date": "Date",
        "rating": "Rating",
        "rating_figure": "{value} out of {scale}",
        "original_review": "Original review",
        "cover_alt": "Cover image for {title}",
        # the spoken announcement ({by} and {pub} are the fragments below, or empty)
        "announce.by": " by {author}",
        "byline": "By {author}",  # a byline line the reader writes when the page has none
        "announce.pub": ", for {publication}",
        "announce.work_kind": "{work}, {kind}",
        "announce.work_creator": "{work} {role} {creator}",
        "announce.a_review": "A review{by}{pub}.",
        "announce.a_review_for": "A review for {publication}.",
        "announce.review_of_creator": "A review of {work}, {role} {creator}.",
        "announce.reviewed": "Reviewed{by}{pub}.",
        "announce.reviewed_for": "Reviewed for {publication}.",
        "announce.review_of": "A review of {work}{by}{pub}.",
        "announce.byline": "By {author}{pub}.",
        "announce.written_for": "Written for {publication}.",
        "announce.rating": "Rating: {rating}",
        # EPUB navigation and the colophon
        "title_page": "Title page",
        "contents": "Contents",
        "landmarks": "Landmarks",
        "part_of": "{heading} (part {n} of {total})",
        "continued": "{heading}, continued",
        "start_of_review": "Start of the review",
        "start_of_review_note": "Start of the review (content note)",
        "narrated_by": "This edition is narrated by {narrator}, a synthetic voice; the text is highlighted "
                       "sentence by sentence as it is read.",
        "narrated": "This edition is narrated, a synthetic voice; the text is highlighted sentence by sentence "
                    "as it is read.",
        "produced_with": "This accessible edition was produced with audioreview.",
        # the anthology (one EPUB of many reviews)
        "anthology.title": "Collected reviews",
        "anthology.one": "A collection of one review.",
        "anthology.many": "A collection of {count} reviews.",
        "anthology.first_review": "First review",
        # the web edition
        "skip_note": "Skip the content note",
        "web.all_reviews": "All reviews",
        "web.listen": "Listen",
        "web.chapters": "Chapters",
        "web.chapter_n": "Chapter {n}",
        "web.now_playing": "Now playing:",
        "web.follow": "Scroll the text along with the narration",
        "web.transcript_label": "Review text",
        "web.transcript_hint": "Select any sentence to play the narration from there. With the keyboard: Tab to the text, move between sentences with the Up and Down arrow keys, and press Enter or Space to play from the sentence.",
        "web.downloads": "Files",
        "web.episode_mp3": "Full episode (MP3)",
        "web.chapter_mp3": "MP3",
        "web.epub_link": "EPUB 3 edition, with read-along narration",
        "web.epub_text_link": "EPUB 3 edition",
        "web.vtt_link": "Transcript with times (WebVTT)",
        "web.srt_link": "Transcript with times (SubRip)",
        "web.chapters_json_link": "Chapters (JSON)",
        "web.feed_link": "Subscribe to the podcast feed (RSS)",
        "web.no_audio": "This review was rendered without narration: the text below is the whole edition.",
        "web.library_title": "Audio reviews",
        "web.library_empty": "No reviews have been rendered here yet.",
        "web.read_and_listen": "Read and listen",
        "web.read": "Read",
        "web.duration": "Duration",
        "web.text_only": "Text only, no narration",
        "web.no_note": "No content note",
        "web.added": "Added",
        "web.captions": "Captions",
    },
    "de": {
        "anthology.title": "Gesammelte Kritiken",
        "anthology.one": "Eine Sammlung mit einer Kritik.",
        "anthology.many": "Eine Sammlung mit {count} Kritiken.",
        "anthology.first_review": "Erste Kritik",
        "content_note": "Inhaltshinweis",
        "content_notice": "Inhaltswarnung",
        "about_review": "Über diese Rezension",
        "continue_to_review": "Weiter zur Rezension",
        "untitled_review": "Rezension ohne Titel",
        "untitled_section": "Abschnitt ohne Titel",
        "title": "Titel",
        "heading.review": "Rezension",
        "heading.opening": "Einstieg",
        "heading.verdict": "Fazit",
        "heading.discussion": "Besprechung",
        "heading.part": "Teil {n}",
        "heading.continued": "{heading} (Fortsetzung)",
        "note": "Inhaltshinweis: Diese Rezension enthält {topics}.",
        "note_skip": "Die Rezension beginnt nach diesem Hinweis.",
        "notice": "Der nächste Abschnitt enthält drastische Schilderungen von {topics}.",
        "note_unchecked": "Inhaltshinweis: Diese Rezension wurde nicht automatisch auf sensible Inhalte geprüft.",
        "unchecked": "Auf weitere sensible Inhalte wurde sie nicht automatisch geprüft.",
        "group.3": "drastische Schilderungen von {topics}",
        "group.2": "Schilderungen von {topics}",
        "group.1": "Erwähnungen von {topics}",
        "and": "und",
        # topics follow "von": dative, no article
        "topic.violence": "Gewalt",
        "topic.war_atrocity": "Kriegsgewalt",
        "topic.torture": "Folter",
        "topic.gore_injury": "Verletzungen",
        "topic.death_grief": "Tod",
        "topic.child_harm": "Gewalt gegen Kinder",
        "topic.sexual_violence": "sexueller Gewalt",
        "topic.abuse": "Missbrauch",
        "topic.self_harm_suicide": "Suizid und Selbstverletzung",
        "topic.mental_health": "psychischen Erkrankungen",
        "topic.substances": "Drogen- und Alkoholmissbrauch",
        "topic.medical_reproductive": "schweren Krankheiten",
        "topic.animal_harm": "Tierleid",
        "topic.discrimination": "Diskriminierung",
        "topic.captivity": "Gefangenschaft",
        "topic.sexual_content": "sexuellen Inhalten",
        "topic.strong_language": "derbe Sprache",
        "topic.frightening": "verstörenden Inhalten",
        "kind.film": "Film",
        "kind.tv": "Fernsehserie",
        "kind.book": "Buch",
        "kind.game": "Spiel",
        "kind_a.film": "ein Film",
        "kind_a.tv": "eine Fernsehserie",
        "kind_a.book": "ein Buch",
        "kind_a.game": "ein Spiel",
        "role.film": "inszeniert von",
        "role.tv": "erdacht von",
        "role.book": "geschrieben von",
        "role.game": "entwickelt von",
        "role.other": "von",
        "work_reviewed": "Besprochenes Werk",
        "review_by": "Rezension von",
        "published_in": "Erschienen in",
        "date": "Datum",
        "rating": "Bewertung",
        "rating_figure": "{value} von {scale}",
        "original_review": "Originalrezension",
        "cover_alt": "Titelbild für {title}",
        "announce.by": " von {author}",
        "byline": "Von {author}",
        "announce.pub": ", für {publication}",
        "announce.work_kind": "{work}, {kind}",
        "announce.work_creator": "{work}, {role} {creator}",
        "announce.a_review": "Eine Rezension{by}{pub}.",
        "announce.a_review_for": "Eine Rezension für {publication}.",
        "announce.review_of_creator": "Eine Rezension zu {work}, {role} {creator}.",
        "announce.reviewed": "Rezensiert{by}{pub}.",
        "announce.reviewed_for": "Rezensiert für {publication}.",
        "announce.review_of": "Eine Rezension zu {work}{by}{pub}.",
        "announce.byline": "Von {author}{pub}.",
        "announce.written_for": "Geschrieben für {publication}.",
        "announce.rating": "Bewertung: {rating}",
        "title_page": "Titelseite",
        "contents": "Inhalt",
        "landmarks": "Orientierungspunkte",
        "part_of": "{heading} (Teil {n} von {total})",
        "continued": "{heading}, Fortsetzung",
        "start_of_review": "Beginn der Rezension",
        "start_of_review_note": "Beginn der Rezension (Inhaltshinweis)",
        "narrated_by": "Diese Ausgabe liest {narrator}, eine synthetische Stimme; der Text wird beim Vorlesen Satz "
                       "für Satz hervorgehoben.",
        "narrated": "Diese Ausgabe liest eine synthetische Stimme; der Text wird beim Vorlesen Satz für Satz "
                    "hervorgehoben.",
        "produced_with": "Diese barrierefreie Ausgabe wurde mit audioreview erstellt.",
        "skip_note": "Inhaltshinweis überspringen",
        "web.all_reviews": "Alle Rezensionen",
        "web.listen": "Anhören",
        "web.chapters": "Kapitel",
        "web.chapter_n": "Kapitel {n}",
        "web.now_playing": "Es läuft:",
        "web.follow": "Den Text beim Vorlesen mitlaufen lassen",
        "web.transcript_label": "Text der Rezension",
        "web.transcript_hint": "Wählen Sie einen Satz, um die Lesung ab dort abzuspielen. Mit der Tastatur: mit Tab zum Text, mit den Pfeiltasten nach oben und unten von Satz zu Satz, und mit der Eingabe- oder Leertaste ab diesem Satz abspielen.",
        "web.downloads": "Dateien",
        "web.episode_mp3": "Ganze Folge (MP3)",
        "web.chapter_mp3": "MP3",
        "web.epub_link": "EPUB-3-Ausgabe, mit Lesung zum Mitlesen",
        "web.epub_text_link": "EPUB-3-Ausgabe",
        "web.vtt_link": "Transkript mit Zeitangaben (WebVTT)",
        "web.srt_link": "Transkript mit Zeitangaben (SubRip)",
        "web.chapters_json_link": "Kapitel (JSON)",
        "web.feed_link": "Den Podcast-Feed abonnieren (RSS)",
        "web.no_audio": "Diese Rezension wurde ohne Lesung erstellt: Der Text unten ist die ganze Ausgabe.",
        "web.library_title": "Rezensionen zum Hören",
        "web.library_empty": "Hier wurden noch keine Rezensionen erstellt.",
        "web.read_and_listen": "Lesen und hören",
        "web.read": "Lesen",
        "web.duration": "Dauer",
        "web.text_only": "Nur Text, ohne Lesung",
        "web.no_note": "Kein Inhaltshinweis",
        "web.added": "Hinzugefügt",
        "web.captions": "Untertitel",
    },
    "fr": {
        "anthology.title": "Critiques réunies",
        "anthology.one": "Un recueil d'une critique.",
        "anthology.many": "Un recueil de {count} critiques.",
        "anthology.first_review": "Première critique",
        "content_note": "Avertissement",
        "content_notice": "Avertissement sur le contenu",
        "about_review": "À propos de cette critique",
        "continue_to_review": "Continuer vers la critique",
        "untitled_review": "Critique sans titre",
        "untitled_section": "Section sans titre",
        "title": "Titre",
        "heading.review": "Critique",
        "heading.opening": "Introduction",
        "heading.verdict": "Verdict",
        "heading.discussion": "Analyse",
        "heading.part": "Partie {n}",
        "heading.continued": "{heading} (suite)",
        "note": "Avertissement : cette critique contient {topics}.",
        "note_skip": "La critique commence après cet avertissement.",
        "notice": "La section suivante contient des descriptions crues {topics}.",
        "note_unchecked": "Avertissement : cette critique n’a pas été vérifiée automatiquement quant à des "
                          "contenus sensibles.",
        "unchecked": "Elle n’a pas été vérifiée automatiquement quant à d’autres contenus sensibles.",
        "group.3": "des descriptions crues {topics}",
        "group.2": "des descriptions {topics}",
        "group.1": "des mentions {topics}",
        "and": "et",
        # each topic carries its own "de", as French repeats it in a list
        "topic.violence": "de violence",
        "topic.war_atrocity": "de violences de guerre",
        "topic.torture": "de torture",
        "topic.gore_injury": "de blessures",
        "topic.death_grief": "de mort",
        "topic.child_harm": "de violences faites aux enfants",
        "topic.sexual_violence": "de violences sexuelles",
        "topic.abuse": "d’abus",
        "topic.self_harm_suicide": "de suicide et d’automutilation",
        "topic.mental_health": "de troubles psychiques",
        "topic.substances": "de consommation de drogues ou d’alcool",
        "topic.medical_reproductive": "de maladies graves",
        "topic.animal_harm": "de maltraitance animale",
        "topic.discrimination": "de discriminations",
        "topic.captivity": "de captivité",
        "topic.sexual_content": "de contenu sexuel",
        "topic.strong_language": "un langage grossier",
        "topic.frightening": "de contenus effrayants",
        "kind.film": "film",
        "kind.tv": "série télévisée",
        "kind.book": "livre",
        "kind.game": "jeu vidéo",
        "kind_a.film": "un film",
        "kind_a.tv": "une série télévisée",
        "kind_a.book": "un livre",
        "kind_a.game": "un jeu vidéo",
        "role.film": "réalisé par",
        "role.tv": "créée par",
        "role.book": "écrit par",
        "role.game": "développé par",
        "role.other": "de",
        "work_reviewed": "Œuvre critiquée",
        "review_by": "Critique de",
        "published_in": "Publié dans",
        "date": "Date",
        "rating": "Note",
        "rating_figure": "{value} sur {scale}",
        "original_review": "Critique originale",
        "cover_alt": "Couverture de {title}",
        "announce.by": " par {author}",
        "byline": "Par {author}",
        "announce.pub": ", pour {publication}",
        "announce.work_kind": "{work}, {kind}",
        "announce.work_creator": "{work}, {role} {creator}",
        "announce.a_review": "Une critique{by}{pub}.",
        "announce.a_review_for": "Une critique pour {publication}.",
        "announce.review_of_creator": "Une critique de {work}, {role} {creator}.",
        "announce.reviewed": "Critique écrite{by}{pub}.",
        "announce.reviewed_for": "Critique écrite pour {publication}.",
        "announce.review_of": "Une critique de {work}{by}{pub}.",
        "announce.byline": "Par {author}{pub}.",
        "announce.written_for": "Écrit pour {publication}.",
        "announce.rating": "Note : {rating}",
        "title_page": "Page de titre",
        "contents": "Table des matières",
        "landmarks": "Repères",
        "part_of": "{heading} (partie {n} sur {total})",
        "continued": "{heading}, suite",
        "start_of_review": "Début de la critique",
        "start_of_review_note": "Début de la critique (avertissement)",
        "narrated_by": "Cette édition est lue par {narrator}, une voix de synthèse ; le texte est surligné phrase "
                       "par phrase pendant la lecture.",
        "narrated": "Cette édition est lue par une voix de synthèse ; le texte est surligné phrase par phrase "
                    "pendant la lecture.",
        "produced_with": "Cette édition accessible a été produite avec audioreview.",
        "skip_note": "Passer l’avertissement",
        "web.all_reviews": "Toutes les critiques",
        "web.listen": "Écouter",
        "web.chapters": "Chapitres",
        "web.chapter_n": "Chapitre {n}",
        "web.now_playing": "En cours :",
        "web.follow": "Faire défiler le texte au fil de la lecture",
        "web.transcript_label": "Texte de la critique",
        "web.transcript_hint": "Sélectionnez une phrase pour lancer la lecture à partir de celle-ci. Au clavier : Tab pour atteindre le texte, flèches haut et bas pour passer d’une phrase à l’autre, Entrée ou Espace pour lancer la lecture à partir de la phrase.",
        "web.downloads": "Fichiers",
        "web.episode_mp3": "Épisode complet (MP3)",
        "web.chapter_mp3": "MP3",
        "web.epub_link": "Édition EPUB 3, avec lecture synchronisée",
        "web.epub_text_link": "Édition EPUB 3",
        "web.vtt_link": "Transcription horodatée (WebVTT)",
        "web.srt_link": "Transcription horodatée (SubRip)",
        "web.chapters_json_link": "Chapitres (JSON)",
        "web.feed_link": "S’abonner au flux du podcast (RSS)",
        "web.no_audio": "Cette critique a été produite sans lecture audio : le texte ci-dessous constitue toute "
                        "l’édition.",
        "web.library_title": "Critiques à écouter",
        "web.library_empty": "Aucune critique n’a encore été produite ici.",
        "web.read_and_listen": "Lire et écouter",
        "web.read": "Lire",
        "web.duration": "Durée",
        "web.text_only": "Texte seul, sans lecture",
        "web.no_note": "Pas d’avertissement",
        "web.added": "Ajoutée le",
        "web.captions": "Sous-titres",
    },
    "es": {
        "anthology.title": "Reseñas reunidas",
        "anthology.one": "Una colección de una reseña.",
        "anthology.many": "Una colección de {count} reseñas.",
        "anthology.first_review": "Primera reseña",
        "content_note": "Aviso de contenido",
        "content_notice": "Aviso",
        "about_review": "Sobre esta reseña",
        "continue_to_review": "Ir a la reseña",
        "untitled_review": "Reseña sin título",
        "untitled_section": "Sección sin título",
        "title": "Título",
        "heading.review": "Reseña",
        "heading.opening": "Introducción",
        "heading.verdict": "Veredicto",
        "heading.discussion": "Análisis",
        "heading.part": "Parte {n}",
        "heading.continued": "{heading} (continuación)",
        "note": "Aviso de contenido: esta reseña contiene {topics}.",
        "note_skip": "La reseña empieza después de este aviso.",
        "notice": "La siguiente sección contiene descripciones explícitas {topics}.",
        "note_unchecked": "Aviso de contenido: esta reseña no se ha revisado automáticamente en busca de material "
                          "sensible.",
        "unchecked": "No se ha revisado automáticamente en busca de otro material sensible.",
        "group.3": "descripciones explícitas {topics}",
        "group.2": "descripciones {topics}",
        "group.1": "menciones {topics}",
        "and": "y",
        # each topic carries its own "de"
        "topic.violence": "de violencia",
        "topic.war_atrocity": "de violencia bélica",
        "topic.torture": "de tortura",
        "topic.gore_injury": "de heridas",
        "topic.death_grief": "de muerte",
        "topic.child_harm": "de daño a menores",
        "topic.sexual_violence": "de violencia sexual",
        "topic.abuse": "de maltrato",
        "topic.self_harm_suicide": "de suicidio y autolesiones",
        "topic.mental_health": "de enfermedades mentales",
        "topic.substances": "de consumo de drogas o alcohol",
        "topic.medical_reproductive": "de enfermedades graves",
        "topic.animal_harm": "de maltrato animal",
        "topic.discrimination": "de discriminación",
        "topic.captivity": "de cautiverio",
        "topic.sexual_content": "de contenido sexual",
        "topic.strong_language": "lenguaje malsonante",
        "topic.frightening": "de contenido perturbador",
        "kind.film": "película",
        "kind.tv": "serie de televisión",
        "kind.book": "libro",
        "kind.game": "videojuego",
        "kind_a.film": "una película",
        "kind_a.tv": "una serie de televisión",
        "kind_a.book": "un libro",
        "kind_a.game": "un videojuego",
        "role.film": "dirigida por",
        "role.tv": "creada por",
        "role.book": "escrito por",
        "role.game": "desarrollado por",
        "role.other": "de",
        "work_reviewed": "Obra reseñada",
        "review_by": "Reseña de",
        "published_in": "Publicada en",
        "date": "Fecha",
        "rating": "Valoración",
        "rating_figure": "{value} de {scale}",
        "original_review": "Reseña original",
        "cover_alt": "Portada de {title}",
        "announce.by": " por {author}",
        "byline": "Por {author}",
        "announce.pub": ", para {publication}",
        "announce.work_kind": "{work}, {kind}",
        "announce.work_creator": "{work}, {role} {creator}",
        "announce.a_review": "Una reseña{by}{pub}.",
        "announce.a_review_for": "Una reseña para {publication}.",
        "announce.review_of_creator": "Una reseña de {work}, {role} {creator}.",
        "announce.reviewed": "Reseña escrita{by}{pub}.",
        "announce.reviewed_for": "Reseña escrita para {publication}.",
        "announce.review_of": "Una reseña de {work}{by}{pub}.",
        "announce.byline": "Por {author}{pub}.",
        "announce.written_for": "Escrita para {publication}.",
        "announce.rating": "Valoración: {rating}",
        "title_page": "Portada",
        "contents": "Índice",
        "landmarks": "Puntos de referencia",
        "part_of": "{heading} (parte {n} de {total})",
        "continued": "{heading}, continuación",
        "start_of_review": "Inicio de la reseña",
        "start_of_review_note": "Inicio de la reseña (aviso de contenido)",
        "narrated_by": "Esta edición la narra {narrator}, una voz sintética; el texto se resalta frase a frase "
                       "a medida que se lee.",
        "narrated": "Esta edición la narra una voz sintética; el texto se resalta frase a frase a medida que "
                    "se lee.",
        "produced_with": "Esta edición accesible se ha producido con audioreview.",
        "skip_note": "Saltar el aviso de contenido",
        "web.all_reviews": "Todas las reseñas",
        "web.listen": "Escuchar",
        "web.chapters": "Capítulos",
        "web.chapter_n": "Capítulo {n}",
        "web.now_playing": "Sonando:",
        "web.follow": "Desplazar el texto al ritmo de la narración",
        "web.transcript_label": "Texto de la reseña",
        "web.transcript_hint": "Seleccione una frase para reproducir la narración desde ahí. Con el teclado: Tab para llegar al texto, las flechas arriba y abajo para pasar de una frase a otra, e Intro o Espacio para reproducir desde la frase.",
        "web.downloads": "Archivos",
        "web.episode_mp3": "Episodio completo (MP3)",
        "web.chapter_mp3": "MP3",
        "web.epub_link": "Edición EPUB 3, con narración sincronizada",
        "web.epub_text_link": "Edición EPUB 3",
        "web.vtt_link": "Transcripción con tiempos (WebVTT)",
        "web.srt_link": "Transcripción con tiempos (SubRip)",
        "web.chapters_json_link": "Capítulos (JSON)",
        "web.feed_link": "Suscribirse al feed del pódcast (RSS)",
        "web.no_audio": "Esta reseña se generó sin narración: el texto de abajo es toda la edición.",
        "web.library_title": "Reseñas en audio",
        "web.library_empty": "Todavía no se ha generado ninguna reseña aquí.",
        "web.read_and_listen": "Leer y escuchar",
        "web.read": "Leer",
        "web.duration": "Duración",
        "web.text_only": "Solo texto, sin narración",
        "web.no_note": "Sin aviso de contenido",
        "web.added": "Añadida",
        "web.captions": "Subtítulos",
    },
}


def has_table(language: str | None) -> bool:
    """True when the editions' fixed words exist in ``language`` (no English fallback)."""
    return primary(language) in MESSAGES


def primary(language: str | None) -> str:
    """'de-DE' -> 'de'; None or empty -> 'en'."""
    return (language or "en").replace("_", "-").split("-")[0].lower() or "en"


def say(key: str, language: str | None = "en", **values: object) -> str:
    """The phrase ``key`` in ``language`` (its primary subtag), placeholders filled."""
    table = MESSAGES.get(primary(language), MESSAGES["en"])
    template = table.get(key)
    if template is None:
        template = MESSAGES["en"][key]  # KeyError for a key nobody wrote: a bug, not a fallback
    return template.format(**values) if values else template


def kind_noun(kind: str | None, language: str | None = "en") -> str:
    """"film", "TV series"...; "" for "other" or an unknown kind."""
    return say(f"kind.{kind}", language) if kind in KINDS else ""


def creator_role(kind: str | None, language: str | None = "en") -> str:
    """"directed by", "created by", "written by", "developed by"; "by" otherwise."""
    return say(f"role.{kind}" if kind in KINDS else "role.other", language)


def creator_label(kind: str | None, language: str | None = "en") -> str:
    """The role as a title-page label: "Directed by"."""
    role = creator_role(kind, language)
    return role[:1].upper() + role[1:]


@dataclass(frozen=True)
class Detail:
    """One line of an edition's details (the EPUB title page, the web page's
    header): a label, the value as written, what kind of value it is (so each
    writer marks it up its own way) and an aside ("film, 2019"; "3.5 out of 5")."""

    label: str
    value: str
    kind: str = "text"  # "work" (a title), "name", "date", "rating", "url", "text"
    aside: str = ""


def details(meta: Metadata, language: str | None = "en") -> list[Detail]:
    """What every edition says about the review before its text, in this order:
    the work (kind, year), its creator, reviewer, publication, date, rating, source."""
    rows: list[Detail] = []
    work = meta.work
    if work.title:
        aside = ", ".join(x for x in (kind_noun(work.kind, language), str(work.year or "")) if x)
        rows.append(Detail(say("work_reviewed", language), work.title, "work", aside))
    if work.creator:
        rows.append(Detail(creator_label(work.kind, language), work.creator, "name"))
    if meta.author:
        rows.append(Detail(say("review_by", language), meta.author, "name"))
    if meta.publication:
        rows.append(Detail(say("published_in", language), meta.publication, "name"))
    if meta.date:
        rows.append(Detail(say("date", language), meta.date, "date"))
    if meta.rating and meta.rating.text:
        r = meta.rating
        aside = ""
        if r.value is not None and r.scale and not any(c.isdigit() for c in r.text):
            # Stars read aloud as "black star, black star...": give the figure too.
            aside = say("rating_figure", language, value=f"{r.value:g}", scale=f"{r.scale:g}")
        rows.append(Detail(say("rating", language), r.text, "rating", aside))
    if meta.url:
        rows.append(Detail(say("original_review", language), meta.url, "url"))
    return rows
