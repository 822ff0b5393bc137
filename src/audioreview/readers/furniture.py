"""Page furniture: the parts of a saved web page that are not the review.

Newsletter and subscription boxes, "related articles" and "read more" links,
share lines, author bio boxes, comment counts and sections, cookie banners,
image credits and captions, ad labels, most-read and tag lists, affiliate
notices, paywall prompts, polls, embedded posts, shop boxes, time stamps and
tables of contents. trafilatura (with ``favor_precision`` and no comments,
tables or images) drops most of them; what it leaves is dropped in two steps,
before the shared rules of :mod:`.structure` make sections, so no furniture
line ever becomes a heading or reaches the narration:

1. :func:`.boxes.prune_page`: before extraction, boxes named furniture by
   their class or id, or built like it (call-to-action boxes, forms and polls,
   image boxes, embedded posts, comment sections), are removed from a copy of
   the page; the review's own prose is kept whatever its wrapper is called.
2. :func:`drop_furniture` (this module): after extraction, items whose text is
   furniture by its wording are dropped when short (:data:`_LINE_RULES`: labels
   like "Read more:", "À lire aussi :", "Tags:", ad labels, share-button and
   interface lines, comment counts, time stamps, reading times, photo credits,
   prices; :data:`_PROMPT_RULES`, at most 40 words: affiliate, cookie, review-copy
   and "where to watch" notes, newsletter, support and paywall prompts;
   :data:`_SELF_RULES`, at most 60 words: the outlet speaking of itself, its series,
   podcast, site and critics, notes to readers, a call to join); a label
   ("Read next", "Most read", "Contents") takes the link list or headline lines
   that follow it; a short line that is all link is a related story; a
   practical-information box ("Adresse & Öffnungszeiten") goes with its
   heading; a comment section goes from its label on; a bio starts with the
   reviewer's name, or, at the end, with the name of a writer the review never
   names; in the last three items left, a bio that names the outlet or the reviewer
   with a year "since", a trade or "she writes", or a line on where the work screens
   (:func:`_is_late_note`); a heading left with nothing under it is dropped too.

Scored on original saved pages (tests/data/pages, tests/pages_eval.py): the
words of furniture that reach the narration.
"""

from __future__ import annotations

import re

from .item import Item

MAX_FURNITURE_WORDS = 60

# a site's name, a few words from a capital ("Also on Checkpoint Café"), or the site itself ("Also on the blog");
# "Also on the ferry: a brass band" is the review's
_SITE = (r"(?:(?:the |our |my |notre |le |unserem |nuestro |el )?(?:blog|site|website|podcast|channel|newsletter|feed|blogue"
         r"|web|kanal|chaîne|canal)\b|(?-i:[A-ZÀ-Ý0-9])[\w’'&+-]*(?: [\w’'&+-]+){0,3})")
# a pointer to a piece from the outlet's own archive, in the four languages (a label, and a pointer's lead)
_ARCHIVE = (r"from (?:the|our) archives?|aus (?:dem|unserem) archiv|(?:tiré |extrait )?de nos archives|dans nos archives"
            r"|de(?:l| nuestro) archivo|de (?:la|nuestra) hemeroteca")
# the post before or after this one in the writer's series: "Previous entry", "Next post", "Vorheriger Beitrag",
# "Billet précédent", "Entrada anterior" (not "the next episode", which a review of a series speaks of)
_SERIES_STEP = (r"(?:previous|next|earlier|older|newer) (?:entry|post|dispatch|instal?ment|letter)"
                r"|(?:vorheriger|voriger|nächster|älterer|neuerer) (?:eintrag|beitrag|brief)"
                r"|(?:billet|article|volet) (?:précédent|suivant)|(?:le )?(?:précédent|prochain) (?:billet|volet)"
                r"|(?:entrada|entrega|publicación|carta) (?:anterior|siguiente)|(?:la )?(?:anterior|siguiente|próxima) entrega")
_LABELS = (
    r"read more|read next|read also|also read|related(?: articles| stories| reading| reviews)?|see also|more from [\w .’'-]+"
    r"|more on this(?: story)?|more in [\w .’'-]+|next in [\w .’'-]+|more like this|recommended(?: for you)?|you may also (?:like|enjoy)"
    r"|you might also (?:like|enjoy)|further reading|keep reading|up next|next up|explore more(?: on these topics)?"
    r"|latest reviews|more reviews|most read|most popular|trending(?: now| on [\w .’'-]+)?|popular (?:now|on [\w .’'-]+)"
    r"|recent (?:posts|reviews|articles|comments)|latest (?:posts|articles|stories)|archives?|categories|blogroll"
    r"|editor'?s picks|contents|table of contents|in this (?:article|review)|on this page|jump to|ready for more\??"
    r"|à lire aussi|a lire aussi|à lire également|a lire également|lire aussi|lire également|lire la suite|voir aussi"
    r"|articles récents|derniers articles|catégories|sur le même sujet|les plus lus|à découvrir|sommaire"
    r"|dans cet article|sur cette page|vous aimerez aussi|à voir aussi"
    r"|nos articles sur [\w .’'-]+|dans la même rubrique|plus de (?:critiques|tests|articles)"
    r"|weitere (?:artikel|kritiken|beiträge|texte)|mehr aus [\w .’'-]+"
    r"|lesen sie auch|lesen sie mehr|lies auch|mehr zum thema|mehr lesen|auch interessant|weiterlesen|meistgelesen"
    r"|am meisten gelesen|das könnte sie (?:auch )?interessieren|inhalt|inhaltsverzeichnis|verwandte artikel"
    r"|in diesem artikel|auf dieser seite|neueste (?:beiträge|artikel|kommentare)|archiv|kategorien"
    r"|lee también|lea también|leer más|te puede interesar|le puede interesar|también te puede interesar|te recomendamos"
    r"|relacionado|más leídas?|lo más leído|lo más visto|contenido|índice|noticias relacionadas|en este artículo"
    r"|en esta página|entradas recientes|últimas entradas|archivos|categorías|más en [\w .’'-]+|otras críticas"
    rf"|(?:also on|auch (?:bei|auf)|(?:aussi|également) sur|también en) {_SITE}"
    r"|icymi|in case you missed it|falls (?:du|sie) (?:es|ihn|sie) verpasst (?:hast|haben)"
    r"|au cas où vous l[’']auriez (?:manqué|raté)|si vous l[’']avez (?:manqué|raté)|por si te lo perdiste"
    r"|por si se lo perdió"
    # tuning10: a piece from the outlet's archive ("From the archive: 'Purser', a short story by ...")
    rf"|{_ARCHIVE}"
    # tuning11: the writer's previous or next post in a series ("Previous entry: ... Next entry: ...")
    rf"|{_SERIES_STEP}"
)
# a label that points to another piece ("Also on the blog:", "ICYMI:", "Lire aussi |"): before a colon or
# bar it may take a longer line (MAX_POINTER_WORDS), which is that piece's pitch
_POINTER = re.compile(r"^(?:[→►▶▸»›•]\s*)?(?:also on|auch (?:bei|auf)|(?:aussi|également) sur|también en|read|lire|à lire"
                      r"|a lire|lesen sie|lies|lee|lea|icymi|in case you missed it|falls (?:du|sie)|au cas où"
                      r"|si vous l[’']avez|por si|" + _ARCHIVE + "|" + _SERIES_STEP + r")\b", re.I)
MAX_POINTER_WORDS = 30
# a link to another piece of the outlet's, Le Monde-style: "Lire l’entretien | ...", "Read the interview | ..."
_READ_BAR = re.compile(r"^(?:read|lire|lesen sie|lies|lee|lea|leer)(?: [\w’'-]+){1,3}\s*\|\s*\S", re.I)
# a label's leading arrow or bullet: "→ Also on X: ...", "► Lesen Sie auch"
_BULLET = r"(?:[→►▶▸»›•]\s*)?"
# a label ends at a word's end: "Inhaltlich ..." is no "Inhalt"
_LABEL = re.compile(rf"^{_BULLET}(?:{_LABELS})(?!\w)\s*(?P<colon>[:：|])?\s*", re.I)
_LABEL_ONLY = re.compile(rf"^{_BULLET}(?:{_LABELS})\s*[:：|]?\s*$", re.I)
MAX_LABEL_WORDS = 20
MAX_LINK_LINE_WORDS = 25
LINK_LINE_SHARE = 0.8
MAX_PROMPT_WORDS = 40  # prompts, notices and banners: a longer paragraph is prose about them
_HEADLINE_END = re.compile(r"[.!?…:;]['’\"”»)]*$")
_SENTENCE_END = re.compile(r"[.!?…]['’\"”»)]*$")

# a shop box's price line: "£34.99 at Pixelvault", "24,99 € chez Ludimax"
_SHOP = re.compile(r"^(?:.{0,80}?\s)?(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|gbp))\s+"
                   r"(?:at|from|chez|bei|en|im|auf)\s+\S(?!.*[.!?…]['’\"”»)]*$)", re.I)
_MONTHS = (r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?|may|mai"
           r"|june?|juni|juin|july?|juli|juil(?:let)?|aug(?:ust)?|août|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?"
           r"|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|janvier|février|septembre|octobre|novembre"
           r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre")
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?\.?"
_TIME = r"\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?(?:\s*(?:[A-Z]{2,4}|mez|cet|gmt|bst|et))?"
_DATE = (rf"(?:{_DAY}\s*(?:de\s+)?(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+{_DAY}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
         rf"|\d{{4}}-\d{{2}}-\d{{2}})(?:,?\s*(?:de\s+)?\d{{4}})?")
_STAMP_LABEL = (r"(?:last )?(?:updated|published|posted|modified)|(?:zuletzt )?aktualisiert|veröffentlicht|erschienen"
                r"|stand|mis à jour|publié|modifié|actualizado|publicado|modificado|última actualización")

# Each rule names furniture by its wording, in a short item (MAX_FURNITURE_WORDS).
_LINE_RULES = [
    # tag lists
    re.compile(r"^(?:tags|tagged|topics|filed under|categories|mots-clés|mots clés|thèmes|schlagwörter|schlagworte"
               r"|themen|stichwörter|etiquetas|temas|categorías)\s*[:：]", re.I),
    re.compile(r"^(?:categori[sz]ed as|posted in|filed in|kategorien?|rubriken?|catégories?|rubriques?|publié dans"
               r"|tags|topics|themen|schlagwörter|thèmes|mots-clés|temas|etiquetas"
               r"|categoría|sección|archivado en)\s*[:：]?$", re.I),
    # ad labels and the lines around an ad slot
    re.compile(r"^[\s\-–—\[(]*(?:advertisements?|adverts?|ads?|sponsored(?: content| post)?|paid (?:content|post"
               r"|partnership|message|promotion)|bezahlte (?:anzeige|partnerschaft)|message sponsorisé|mensaje patrocinado|partner content|report this ad|anzeige|werbung|gesponsert|publicité|annonce(?: publicitaire)?"
               r"|contenu (?:sponsorisé|partenaire)|publireportage|publicidad|anuncio|contenido patrocinado|patrocinado)"
               r"[\s\-–—\])]*$", re.I),
    re.compile(r"^(?:the )?(?:article|story|review|text|content|page) continues (?:below|after)\b|^continue reading below\b"
               r"|^(?:der )?(?:inhalt|beitrag) geht (?:unten|nach der (?:werbung|anzeige)) weiter|^weiter nach der (?:werbung|anzeige)"
               r"|^(?:la )?suite (?:de l[’']article )?(?:ci-dessous|après (?:la|cette) publicité)"
               r"|^(?:el )?contenido (?:continúa|sigue) (?:debajo|tras|después)"
               r"|^scroll (?:down )?to continue\b|^(?:der )?(?:artikel|text) geht (?:unten|nach der (?:werbung|anzeige))"
               r" weiter|^(?:l[’']article|la suite) (?:continue|se poursuit) (?:ci-dessous|après)"
               r"|^(?:la noticia|el artículo) (?:continúa|sigue) (?:debajo|tras|después)", re.I),
    # comment, response and reaction counts; a lone count ("2.4K", "31")
    re.compile(r"^(?:\d+|no|one)\s+(?:comments?|responses?|replies|reactions?|kommentare?|antworten|reaktionen"
               r"|commentaires?|réactions?|comentarios?|respuestas|reacciones)$", re.I),
    re.compile(r"^(?:comments?|responses?|reactions?|kommentare?|antworten|reaktionen|commentaires?|réactions?"
               r"|comentarios?|respuestas|reacciones)\s*[:：]?\s*\(?\d*\)?$", re.I),
    re.compile(r"^(?:show|view|see|read|load) (?:all )?(?:\d+ )?(?:comments|responses|replies)\b.{0,10}$"
               r"|^(?:alle )?kommentare (?:anzeigen|lesen|laden)$|^(?:voir|afficher|lire) les (?:\d+ )?(?:commentaires"
               r"|réactions)$|^(?:ver|mostrar|leer) (?:los )?(?:\d+ )?comentarios$"
               r"|^(?:discussion|comments) (?:about|on) this (?:post|article|review)$|^kommentare zu diesem (?:artikel"
               r"|beitrag)$|^commentaires sur cet article$|^comentarios (?:sobre|de) este artículo$", re.I),
    re.compile(r"^[\d.,]+\s?(?:[KkMm]|tsd\.|mio\.)?$", re.I),
    # time stamps: "Updated: 22.01.2025, 14:12", "Mis à jour le 7 mars 2025 à 11h25", "2h ago", "vor 3 Tagen"
    re.compile(rf"^(?:{_STAMP_LABEL})(?:\s+(?:on|at|am|um|le|el|à|a las))?\s*[:：]?\s*"
               rf"(?:{_DATE}|{_TIME}|\d+\s+\w+\s+ago)(?:,?\s*(?:at|um|à|a las)?\s*{_TIME})?$", re.I),
    re.compile(rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?{_DATE}(?:,?\s*(?:at|um|à|a las)?\s*{_TIME})?$", re.I),
    re.compile(r"^(?:\d+\s?(?:s|m|h|d|w|mins?|hrs?|hours?|days?|weeks?|months?|years?)|an? (?:minute|hour|day|week"
               r"|month|year)|yesterday)(?: ago)?$|^vor (?:\d+|einem|einer|zwei|drei) (?:sekunden?|minuten?|stunden?"
               r"|tagen?|wochen?|monaten?|jahren?)$|^il y a \d+ (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)$"
               r"|^hace \d+ (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)$", re.I),
    # buttons and links of the page's interface, alone on their line
    re.compile(r"^(?:(?:reply|report|like|respond|collapse|expand|show more|load more|more|vote|antworten|melden|gefällt mir"
               r"|mehr anzeigen|mehr laden|abstimmen|répondre|signaler|j[’']aime|voir plus|charger plus|voter|responder"
               r"|denunciar|me gusta|ver más|cargar más|votar"
               r"|sign in|log in|log out|sign out|register|create (?:an )?account|my account|open in app|get the app"
               r"|einloggen|anmelden|abmelden|registrieren|mein konto|se connecter|connexion|s[’']inscrire|mon compte"
               r"|iniciar sesión|inicia sesión|regístrate|mi cuenta|entrar"
               r"|save(?: for later| article)?|read later|gift (?:this )?article|send to a friend|email this"
               r"|artikel (?:verschenken|merken|speichern)|merken|später lesen|offrir (?:l[’']|cet )article|lire plus tard"
               r"|sauvegarder|enregistrer|regalar (?:el |este )?artículo|guardar|leer (?:más )?tarde"
               r"|follow|folgen|suivre|seguir|follow (?:us|me|this author)|suivre cet auteur|seguir al autor"
               r"|diesem autor folgen|dem autor folgen|subscribe|abonnieren|s[’']abonner|suscribirse"
               r"|donate|spenden|faire un don|donar|print(?: this (?:page|article))?|drucken|imprimer|imprimir"
               r"|back to top|nach oben|retour en haut|volver arriba|skip to (?:main )?content|zum inhalt springen"
               r"|report an error|fehler melden|signaler une erreur|reportar un error|was this (?:article|review) helpful\?"
               r"|(?:next|previous) (?:article|post|story|review)|(?:nächster|vorheriger) (?:artikel|beitrag)"
               r"|article (?:suivant|précédent)|(?:siguiente|anterior) artículo|loading comments…?|link copied"
               r"|link kopiert|lien copié|enlace copiado|close|schließen|fermer|cerrar"
               r"|rate this (?:article|review|post)|bewerten sie diesen artikel|notez cet article|valora este artículo"
               r"|(?:accept|reject|decline) all|alle (?:akzeptieren|ablehnen)|tout (?:accepter|refuser)"
               r"|(?:aceptar|rechazar) (?:todas?|todo)|continuer sans accepter|akzeptieren|ablehnen|accepter|refuser"
               r"|aceptar|rechazar|manage (?:preferences|settings|cookies)|cookie settings|cookie-einstellungen"
               r"|paramètres des cookies|configurar cookies|i agree|zustimmen|j[’']accepte|acepto|got it|ok, got it)"
               r"\s*[|·•/]?\s*)+$", re.I),
    re.compile(r"^(?:all|more) (?:articles|stories|reviews|posts) (?:by|from)\b|^alle (?:artikel|beiträge|texte|kritiken)"
               r" (?:der autorin|des autors|von)\b|^tous les articles (?:de|d[’'])|^(?:todos los|más) artículos (?:de|del)\b",
               re.I),
    # breadcrumbs: "Home > Reviews > Film", "Reviews / Racing"
    re.compile(r"^[^/>›»|.!?]{1,30}(?:\s[/>›»]\s[^/>›»|.!?]{1,30}){1,5}$"),
    # reading time and the audio player: "6 min read", "Lesedauer: 4 Min.", "Écouter (8 min)"
    re.compile(r"^(?:(?:reading time|read time|lesedauer|lesezeit|temps de lecture|lecture|tiempo de lectura|lectura)"
               r"\s*[:：]?\s*(?:ca\.\s*)?\d+\s*(?:min\.?|minutes?|minuten|minutos?|mn)|\d+\s*(?:min\.?|minutes?|minuten"
               r"|minutos?)\s*(?:read|lesezeit|lesedauer|de lecture|de lectura|lectura|lecture))$", re.I),
    re.compile(r"^(?:listen(?: to this (?:article|review|story))?|audio version|écouter(?: l[’']article| cet article)?"
               r"|(?:artikel )?anhören|vorlesen lassen|escuchar(?: esta noticia| este artículo| el artículo| (?:la )?noticia)?)"
               r"(?:\s*[·(:|-]\s*[\d:]+\s*(?:min\.?)?\)?)?$", re.I),
    # tuning11: an audio version's credit with its length: "This piece, read by a human, 9 minutes", "Vorgelesen von
    # Anna Berg, 6 Min.", "Lu par l'autrice (8 min)", "Narrado por Ana Gil · 7 minutos"
    re.compile(r"^(?:(?:this|the) (?:piece|article|review|story|essay),?\s*)?(?:read(?: aloud)?|narrated|voiced) by [^.!?]{1,40}?"
               r"\s*[,·|(–—-]\s*\d+\s*(?:min\.?|mins|minutes?)\)?\.?$"
               r"|^(?:(?:dieser|der) (?:artikel|text|beitrag),?\s*)?(?:vorgelesen|gelesen|eingesprochen) von [^.!?]{1,40}?"
               r"\s*[,·|(–—-]\s*\d+\s*(?:min\.?|minuten)\)?\.?$"
               r"|^(?:(?:cet|l[’'])\s?article,?\s*)?(?:lu|raconté) par [^.!?]{1,40}?\s*[,·|(–—-]\s*\d+\s*(?:min\.?|minutes?|mn)\)?\.?$"
               r"|^(?:(?:este|el) (?:artículo|texto),?\s*)?(?:leído|narrado|locutado) por [^.!?]{1,40}?\s*[,·|(–—-]\s*\d+\s*"
               r"(?:min\.?|minutos?)\)?\.?$", re.I),
    # image credits and captions
    re.compile(r"^(?:photo|photograph|image|picture|screenshot|still|illustration|credit|foto|bild|bildquelle|quelle"
               r"|crédit|crédits|capture|imagen|captura|fotografía)s?\s*(?:[:：©/]|credit\b)", re.I),
    re.compile(r"^(?:photo|photograph|picture|illustration|foto|fotografía)s?\s+(?:by|de|von)\b", re.I),
    re.compile(r"^(?:(?:image|photo|screenshot|still|picture)s? )?(?:courtesy(?: of)?|mit freundlicher genehmigung"
               r"|avec l[’']aimable autorisation|cortesía de)\b[^,.!?]{0,60}\.?$"
               r"|^(?:image|photo|picture|bild|foto|imagen)\s+\d+\s*(?:of|von|sur|de|/)\s*\d+$", re.I),
    re.compile(r"^(?:©|\(c\)|copyright)\s", re.I),
    # shop boxes: "£34.99 at Pixelvault", "24,99 € chez Ludimax", "View all prices", "Order a copy ... for £16.99"
    _SHOP,
    re.compile(r"^(?:view|see|check|compare) (?:all )?(?:prices?|deals?|offers?)$|^buy (?:now|it|here)\b|^shop now$"
               r"|^voir l[’']offre$|^voir les offres$|^zum angebot$|^angebot ansehen$|^ver oferta$|^comprar$", re.I),
    re.compile(r"^(?:order|buy|get) (?:a|your) copy\b.*[£$€]\s?\d", re.I),
    re.compile(r"^(?:buy|order|shop|get it|pre-?order|stream it) (?:it |now )?(?:on|at|from|via) [\w .’'&+-]{1,30}$"
               r"|^(?:bei|beim|auf|im) [\w .’'&+-]{1,30} (?:kaufen|bestellen|ansehen|streamen)$"
               r"|^(?:acheter|commander|voir|précommander)(?: [\w’'-]+){0,3} (?:sur|chez) [\w .’'&+-]{1,30}$"
               r"|^(?:comprar|ver|reservar) en [\w .’'&+-]{1,30}$"
               r"|^(?:from |ab |dès |desde )?(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$))$", re.I),
    re.compile(r"^(?:here[’']s how (?:it works|we test)|how we test|learn more|find out more)\.?$", re.I),
    # follower counts, "Written by X" author cards, "Get X's stories in your inbox"
    re.compile(r"^[\d.,]+\s?(?:[KkMm]|tsd\.?|mio\.?|mil)?\s+(?:followers?|following|claps?|likes?|abonnés?|follower"
               r"|seguidores|abonnenten)"
               r"(?:\s*[·|•]\s*.{0,60})?$", re.I),
    re.compile(r"^(?:written by|geschrieben von|verfasst von|écrit par|rédigé par|escrito por) [\w .’'\-]{2,60}$|stories in your inbox|\b(?:in|to|into) your inbox\b"
               r"|\bin (?:ihrem|ihr|deinem|dein) (?:postfach|e-mail-postfach)\b"
               r"|\bdans votre boîte\b|\ben tu (?:bandeja|correo)\b|^join \w+ for free\b", re.I),
    # video and comment-section labels
    re.compile(r"^(?:watch|recommended video|video|related video|vídeo recomendado|vidéo|video empfohlen)\s*[:：]", re.I),
    re.compile(r"^(?:recommended video|vídeo recomendado|vidéo recommandée|empfohlenes video)$", re.I),
    re.compile(r"^(?:watch the )?(?:official )?(?:tráiler|trailer|bande-annonce|teaser)\b.{0,80}$", re.I),
    # social embeds: "View this post on Instagram", "A post shared by X (@x)", "X (@x) · Feb 18, 2025"
    re.compile(r"^(?:view|see) this (?:post|photo|video) on \w+$|^a post shared by\b|^diesen beitrag auf \w+ ansehen$"
               r"|^ein beitrag geteilt von\b|^voir cette publication sur \w+$|^une publication partagée par\b"
               r"|^ver esta publicación en \w+$|^una publicación compartida (?:de|por)\b"
               r"|^[^.!?]{1,60}\(@[\w.]+\)\s*[·|–—-]?\s*.{0,30}\d{4}$", re.I),
    re.compile(r"^(?:poll|umfrage|sondage|encuesta|quiz)\s*[:：]", re.I),
    # a print issue: "From the April 2025 issue", "Aus Heft 4/2025"
    re.compile(r"^(?:from|in) (?:the|our) .{0,30}\b(?:issue|edition)\.?$|^(?:this (?:article|review|piece) )?"
               r"(?:first |originally )?(?:appeared|appears) in (?:the|our) .{0,30}\b(?:issue|edition)(?: of [^.!?]{1,60})?(?: (?:with|under) the (?:headline|title) [^!?]{1,80})?\.?$|^(?:aus|in|erschienen in) (?:der )?"
               r"(?:heft|ausgabe)\s.{0,20}$|^(?:extrait du|paru dans le) (?:numéro|n°)\s.{0,30}$"
               r"|^(?:del|en el|publicado en el) número\s.{0,30}$", re.I),
    re.compile(r"^(?:dieser (?:artikel|text|beitrag|kritik) )?(?:erschien|ist erschienen|erscheint) (?:zuerst )?in (?:der )?"
               r"(?:heft|ausgabe|print-?ausgabe)\b[^.!?]{0,60}\.?$|^(?:cet article |ce texte |cette critique )?(?:est paru|a paru"
               r"|paraît|parait) dans (?:le|notre) (?:numéro|n°|édition)\b[^.!?]{0,60}\.?$|^(?:este (?:artículo|texto) |esta "
               r"crítica )?(?:apareció|aparece|se publicó) en (?:el|nuestro) número\b[^.!?]{0,60}\.?$", re.I),
    # where the piece first ran: "Originally published at jane.blog on March 3, 2024."
    re.compile(r"^(?:this (?:post|article|review|piece) was )?(?:originally|first) (?:published|posted|appeared|ran)"
               r" (?:at|on|in|by)\b[^!?]{0,80}$|^(?:zuerst|ursprünglich) (?:erschienen|veröffentlicht) (?:auf|in|bei|im)\b"
               r"[^!?]{0,80}$|^(?:publié|paru) (?:initialement|à l[’']origine|d[’']abord) (?:sur|dans|par)\b[^!?]{0,80}$"
               r"|^(?:initialement|originellement) (?:publié|paru) (?:sur|dans|par)\b[^!?]{0,80}$"
               r"|^(?:publicad[oa] (?:originalmente|originariamente|primero)|originalmente publicad[oa]) (?:en|por)\b"
               r"[^!?]{0,80}$", re.I),
    # a newsletter's sign-off: "Until next Thursday, and happy reading.", "Bis nächste Woche!"
    re.compile(r"^(?:until|see you|till) (?:next (?:week|time|issue|letter|month|monday|tuesday|wednesday|thursday"
               r"|friday|saturday|sunday)|then|soon)(?:\s*[,!–—-]\s*[^.!?]{0,30})?\s*[.!]?$|^happy (?:reading|listening|watching)[.!]?$"
               r"|^bis (?:nächste[nm]?|zum nächsten) (?:woche|mal|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
               r"|sonntag|ausgabe|brief)(?:\s*[,!–—-]\s*[^.!?]{0,30})?\s*[.!]?$|^(?:viel spaß beim lesen|gute lektüre)[.!]?$"
               r"|^à (?:la semaine prochaine|jeudi prochain|lundi prochain|mardi prochain|mercredi prochain"
               r"|vendredi prochain|samedi prochain|dimanche prochain|la prochaine|très vite|bientôt)(?:\s*[,!–—-]\s*[^.!?]{0,30})?\s*[.!]?$"
               r"|^bonnes? lectures?[.!]?$|^hasta (?:la (?:próxima|semana que viene)|el próximo (?:lunes|martes"
               r"|miércoles|jueves|viernes|sábado|domingo|número)|pronto)(?:\s*[,!–—-]\s*[^.!?]{0,30})?\s*[.!]?$|^feliz lectura[.!]?$", re.I),
    # letters to the editor: "Want to write to us about this article? Letters reach us at letters@..."
    re.compile(r"^(?=.*[\w.+-]+@[\w-]+\.[\w.]+)(?:.*\b(?:write to us|letters? to the editor|letters? (?:reach|page)"
               r"|leserbriefe?|schreiben sie uns|(?:uns|der redaktion) (?:zu diesem artikel )?schreiben|écrivez-nous"
               r"|courrier des lecteurs|nous écrire|escríbenos|cartas al director|cartas de (?:los )?lectores"
               r"|spot(?:ted)? an? (?:error|mistake)|write to|report an? (?:error|mistake)|corrections?\b|fehler (?:entdeckt|gefunden)"
               r"|schreiben sie an|korrektur|signalez|une erreur|escriba a|escribe a|un error|fe de erratas))", re.I),
    # a link to another piece: "Lire l’entretien | Hélène Marchetti : « ... »"
    _READ_BAR,
    # an author card's line with the name left out: "Writes about television, cities and ..."
    re.compile(r"^(?:writes|writing) (?:about|on)\b", re.I),
    # share lines: nothing but share targets (each target and the separator after it an atomic group that ends at a
    # word's end: "post post post …" has one way to be read, not one for every split of it, which took minutes)
    re.compile(r"^(?:(?>(?:(?:share|teilen|partager|compartir|tweet|post|publier|enviar|send)(?: this)?(?: article| review"
               r"| story| post| beitrag| artikel| l[’']article| cet article| el artículo| esta noticia)?(?: (?:on|auf|sur|en"
               r"|via|per|par|por))?|tweet|tweeter|post|facebook|twitter|x|reddit|bluesky|threads|mastodon|whatsapp"
               r"|pinterest|linkedin|flipboard|telegram|e-?mail|courriel|correo(?: electrónico)?|copy link|copy url|url kopieren|print|imprimer|drucken"
               r"|imprimir|copier le lien|link kopieren|copiar enlace|spread the word|pass it on"
               r"|(?:artikel|beitrag|seite|kritik|text) (?:teilen|versenden))(?!\w)(?:\s*\([^)]{1,20}\))?\s*[|·•,/:：]?\s*))+$",
               re.I),
]
# A practical-information box's heading: a label ("Where to watch", "Öffnungszeiten", "Infos pratiques"), labels
# joined ("Adresse & Öffnungszeiten", "Infos & Tickets": a generic word like "Info" only so), or the question
# "Wo ist die Serie zu sehen?"
_SERVICE = (r"where to (?:watch|stream|buy|listen|eat|find (?:it|them))|how to watch|availability|at a glance"
            r"|practical information|key facts|fact ?file|fact ?box|address|opening (?:hours|times)|getting there"
            r"|wo zu sehen|auf einen blick|adresse|anschrift|öffnungszeiten|anfahrt|eckdaten|steckbrief"
            r"|où (?:le |la |les )?voir|infos? pratiques|informations pratiques|en pratique|horaires|fiche technique"
            r"|dónde ver(?:la|lo|las|los)?|información práctica|datos prácticos|dirección|horarios?|ficha técnica")
_SERVICE_WORD = (r"details|info|infos|information(?:en)?|contact|kontakt|contacto|hours|prices?|preise?|precios?|tarifs?"
                 r"|prix|tickets|karten|entradas|billets|booking|reservations?|reservierung|réservation|reservas")
_AND = r"\s*(?:&|\+|/|,|and|und|et|y)\s*"
_SERVICE_HEADING = re.compile(
    rf"^(?:(?:{_SERVICE})(?:{_AND}(?:{_SERVICE}|{_SERVICE_WORD}))*|(?:{_SERVICE_WORD})(?:{_AND}(?:{_SERVICE}"
    rf"|{_SERVICE_WORD}))+)\s*:?$"
    r"|^¿?(?:where (?:can (?:i|you) )?(?:watch|stream|see)|wo (?:ist|sind|läuft|laufen|kann man) .{1,40}"
    r" (?:zu sehen|sehen|streamen)|où (?:voir|regarder|peut-on voir)|dónde (?:ver|se puede ver))\b.{0,40}\?$", re.I)
MAX_SERVICE_ITEMS = 3
_ABOUT_AUTHOR = re.compile(r"^(?:about the (?:author|writer|reviewer|critic)|the author|über (?:die autorin|den autor)"
                           r"|zur person|die autorin|der autor|à propos de l[’']aut(?:eur|rice)|l[’']aut(?:eur|rice)"
                           r"|sobre (?:el autor|la autora)|el autor|la autora)\s*:?$", re.I)
MAX_SERVICE_ITEM_WORDS = 30
# "No ads" is a prompt only with a call for support: "The game is ad-free" is prose.
_AD_FREE = re.compile(r"\bad-free\b|\bno ads\b|\bwerbefrei\b|\bsans publicité\b|\bsin (?:publicidad|anuncios)\b", re.I)
_SUPPORT_CALL = re.compile(r"support|coffee|ko-fi|patreon|donat|\btip|readers|leser|lecteurs|lectores|unterstütz|soutien"
                           r"|soutenir|apoy|member|mitglied|membre|miembro|abonn|subscri|suscri", re.I)
# Newsletter wording is a prompt only with a call in it: "Regular readers of this newsletter know ..." is prose.
_NEWSLETTER = re.compile(r"\bnewsletter|\bboletín\b|\bla lettre de\b", re.I)
_NEWSLETTER_CALL = re.compile(
    r"\b(?:sign|subscribe|get|receive|join|inbox|weekly|daily|every|free|e-?mail|delivered|abonn\w*|anmeld\w*|erhalten"
    r"|kostenlos|jeden|jede|wöchentlich|inscri\w*|recevez|gratuite?|chaque|recibe|suscr\w*|apúntate|gratis|cada)\b"
    r"|^[\w -]{0,30}newsletter\s*:", re.I)
# Each rule names a prompt, a notice or a banner, in an item of at most MAX_PROMPT_WORDS.
_PROMPT_RULES = [
    # a mailing's footer: "You're getting this email because you signed the book club list"
    re.compile(r"(?i)\b(?:getting|receiving|received|reading) this (?:e-?mail|newsletter|message|letter) because\b"),
    # affiliate notices
    re.compile(r"\baffiliate\b|\bcommission\b.*\b(?:links?|buy|purchase)|\b(?:links?|buy|purchase)\b.*\bcommission\b"
               r"|affiliate-links?|partnerlinks?|\bprovision\b.*\b(?:links?|kauf|käuf|bestell)|\b(?:links?|kauf|käuf"
               r"|bestell)\w*\b.*\bprovision\b|liens? affiliés?|liens? sponsorisés?|enlaces? de afiliad"
               r"|\bcomisión\b.*\b(?:enlaces?|compra)|\b(?:enlaces?|compra)\w*\b.*\bcomisión\b"
               r"|\b(?:rémunération|commission)\b.*\b(?:liens?|achat|achetez)|\bliens?\b.*\b(?:rémunération|commission)\b"
               # tuning9: the links and the word apart: "les liens vers le coffret ... sont affiliés", "los enlaces de
               # esta página son afiliados"
               r"|\bliens?\b.{0,60}\baffiliée?s?\b|\benlaces?\b.{0,60}\bafiliad[oa]s?\b",
               re.I),
    # sign-up prompts, paywalls, memberships
    re.compile(r"^sign up\b|\bsign up (?:for|to) (?:our|my|free|a free)\b|\bsign up (?:now|today|here)\b|\bsubscribe\b|\bby subscribing\b|\bsubscribing (?:below|here|now|today|is free)\b|\bsubscription\b|\bsubscriber|\bbecome a (?:member|supporter)"
               r"|\bsupport (?:our|independent) journalism|\bmembers? only\b|\bunlock (?:this|unlimited)|\bcontinue reading\b"
               r"|\balready (?:a member|a subscriber|have an account|registered)|\bbereits (?:ein konto|registriert)"
               r"|vous avez déjà un compte|¿?ya tienes (?:una )?cuenta|abonnez-vous|inscrivez-vous|déjà abonné"
               r"|recevez (?:chaque|notre)|je m[’']inscris"
               r"|abonnieren|abonnent(?:in)? werden|bereits abonnent|jetzt anmelden|melden sie sich (?:an|für)"
               r"|registrieren sie sich|folgen sie (?:uns|mir) (?:auf|bei|in)\b"
               r"|suscríbete|suscribirse|suscripción|suscriptor|apúntate|hazte (?:socio|miembro)|síguenos", re.I),
    re.compile(r"\b(?i:follow) (?:us|me|him|her|them|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?i:for more|on (?:bluesky|twitter"
               r"|x|instagram|threads|mastodon|tiktok|facebook|linkedin|youtube|substack|medium)\b)"),
    re.compile(r"\blast free (?:article|story)\b|\b(?:\d+|one|two|three) of (?:your )?\d+ free (?:articles|stories)"
               r"|\bfree (?:articles?|stories) (?:left )?this month\b|\bnoch \d+ (?:kostenlose )?artikel frei\b"
               r"|\bkostenlose artikel\b.*\bmonat|\bil vous reste \d+ articles?|\barticles? gratuits?\b.*\bmois"
               r"|\bte quedan? \d+ artículos?|\bartículos? gratis\b.*\bmes\b"
               r"|réservé aux (?:abonnés|membres)|nur für (?:abonnenten|abonnentinnen|mitglieder)|(?:solo|exclusivo) para"
               r" (?:suscriptores|socios)|\bmembers?-only\b|\bsubscribers?[- ]only\b|\bsubscriber exclusive\b", re.I),
    # support and donation prompts: "buy me a coffee", "reader-supported", "werbefrei"
    re.compile(r"\bbuy (?:me|us) a coffee\b|\bko-fi\b|\bpatreon\b|\breader-supported\b|\bchip in (?:from|with) [£$€\d]"
               r"|\bsupport (?:us|our work|this (?:blog|site|newsletter|work))\b"
               r"|\b(?:von|durch) (?:ihren |unseren )?(?:leserinnen und lesern|lesern) (?:getragen|finanziert)"
               r"|\bunterstützen sie (?:uns|unsere)\b|\bfinancé par (?:ses|nos) lect|\bsoutenez\b"
               r"|\bfinanciad[oa] por (?:sus|nuestr[oa]s) lect|\bapóyanos\b"
               # "Reviews like this exist because readers pay for them ... keeps us independent"
               r"|\bexists? because (?:our )?readers\b|\breaders (?:like you )?(?:pay for|fund) (?:it|them|this|us)\b"
               r"|\bkeeps? us independent\b|\b(?:hält|halten|macht) uns unabhängig\b|\bweil (?:unsere )?(?:leser|leserinnen und"
               r" leser) (?:dafür )?(?:bezahlen|zahlen)\b|\bnous (?:permet|permettent) de rester indépendant"
               r"|\bparce que (?:nos|des) lecteurs (?:les )?(?:paient|financent)\b|\bnos mantienen? independientes?\b"
               r"|\bporque (?:nuestros |los )?lectores (?:los )?(?:pagan|financian)\b", re.I),
    re.compile(r"^support (?:independent|our|us)\b|^support (?:the|this) [\w’'&+ -]{1,30}$"
               r"|\bbecome a (?:patron|supporter|subscriber)\b"
               r"|^unterstützen sie (?:unabhängigen|unseren|uns|unsere)\b|^soutenez\b|^apoya (?:el|nuestro) periodismo"
               r"|\b(?:jetzt )?weiterlesen mit\b|^jetzt weiterlesen\b|^pour lire la suite(?: de cet article)?\s*[,:]?\s*(?:abonnez|connectez|inscrivez|identifiez)"
               r"|\babonnez-vous pour lire"
               r"|^(?:para )?(?:seguir|continuar) leyendo\b|^suivez-nous\b|^folgen sie uns\b|^síguenos\b|^follow us\b"
               r"|^(?:get|receive|recibe|recevez|erhalten sie) .{0,60}\b(?:every week|weekly|chaque semaine|hebdomadaire"
               r"|jede woche|wöchentlich|cada semana|semanal)", re.I),
    # a newsletter's notes to its readers: "Housekeeping: no letter next Thursday", "(Paying readers: ...)"
    re.compile(r"^\(?(?:housekeeping|programming note|admin note|service note|a note on (?:scheduling|the schedule)"
               r"|in eigener sache|kurz in eigener sache|organisatorisches|note de service|petite annonce"
               r"|nota de servicio|aviso a (?:los )?lectores)\s*[:：]"
               r"|^\(?(?:for )?(?:paying|paid) (?:readers|subscribers|members|supporters)\s*[:：]"
               r"|^\(?(?:für )?(?:zahlende|bezahlende) (?:leser\w*|abonnent\w*|mitglieder)\s*[:：]"
               r"|^\(?(?:pour les |aux )?(?:abonnés|lecteurs|lectrices|membres) payant(?:e)?s\s*[:：]"
               r"|^\(?(?:para )?(?:los )?(?:suscriptores|lectores|socios|miembros) de pago\s*[:：]", re.I),
    # "If you enjoyed this, forwarding it to a friend ...": a review noun, or a call to share, follow or reply
    re.compile(r"^if you (?:enjoyed|liked|loved) (?:reading )?this (?:piece|post|review|letter|newsletter|issue|article|essay)\b"
               r"|^if you (?:enjoyed|liked|loved) (?:reading )?this\b.{0,160}\b(?:forward|share|subscri|newsletter|restack"
               r"|like button|tap the heart|clap|leave a comment|reply|follow|responses|comments"
               # tuning10: ... or the writer's other piece: "If you liked this, I wrote about another movie that ..."
               r"|i (?:also )?(?:wrote|reviewed)|i[’']ve (?:also )?(?:written|reviewed)|i have (?:also )?(?:written|reviewed)"
               r"|my (?:other )?(?:piece|post|review|essay))"
               r"|^wenn (?:dir|ihnen|euch) (?:das|dies) gefallen hat\b.{0,160}\b(?:habe ich|hab ich|schrieb ich|meine[nm]? \w+"
               r" (?:über|zu)|teil|abonn|folg|kommentar)"
               r"|^si (?:ça|cela) vous a plu\b.{0,160}\b(?:j[’']ai (?:aussi |également )?(?:écrit|chroniqué)|mon (?:billet|article)"
               r"|partag|abonn|commentaire)"
               r"|^si (?:te|os|le) (?:ha )?gust(?:ó|ado|a) esto\b.{0,160}\b(?:escribí|he escrito|reseñé|mi (?:reseña|entrada"
               r"|artículo)|compart|suscr|coment)"
               r"|^wenn (?:dir|ihnen|euch) (?:diese[rs]?|der|die|das|mein[e]?) (?:besprechung|rezension|kritik|text|artikel"
               r"|beitrag|newsletter|ausgabe|brief) gefallen hat"
               r"|^si (?:cet article|cette critique|ce texte|ce billet|cette lettre|cette newsletter|ce numéro) vous a plu"
               r"|^si (?:te|os|le) (?:ha )?gust(?:ó|ado|a) (?:este|esta) (?:artículo|reseña|crítica|texto|newsletter|boletín"
               r"|entrega|carta|post)\b"
               # "Like what I do?", "Gefällt dir, was ich mache?", "Vous aimez ce que je fais ?", "¿Te gusta lo que hago?"
               r"|^(?:like|enjoy|love) what (?:i|we) (?:do|write|make)\s*\?|^gefällt (?:dir|ihnen|euch),? was (?:ich|wir)"
               r" (?:mache|machen|schreibe|schreiben)\s*\?|^(?:vous aimez|tu aimes) ce que (?:je fais|nous faisons|j[’']écris)"
               r"\s*\?|^¿?(?:te|os|le) gusta lo que (?:hago|hacemos|escribo)\s*\?"
               # a tip jar: "chuck a few dollars in the tip jar"
               r"|\btip[- ]jar\b|\b(?:in die|in meine|unsere) kaffeekasse\b|\bpot à pourboires?\b|\bbote de propinas\b", re.I),
    # a podcast plug: "On the X Podcast this week, ... Listen now", "Disponible en Spotify, iVoox y Apple Podcasts"
    re.compile(r"^(?=.*\bpodcasts?\b).*\b(?:listen (?:now|here|on)|wherever you get your podcasts|available on (?:spotify|apple)"
               r"|jetzt (?:an)?hören|überall,? wo es podcasts gibt|(?:zu hören|verfügbar) (?:auf|bei) (?:spotify|apple)"
               r"|écoutez(?:-le)?|à écouter sur|disponible sur (?:spotify|apple|deezer)"
               r"|escúchalo|escucha(?:lo)? (?:ya|ahora|aquí)|disponible en (?:spotify|ivoox|apple))", re.I),
    # sign-offs and reading prompts: "Thanks for reading X!", "Enjoying this piece?"
    re.compile(r"^(?:thanks|thank you) for reading\b|^danke (?:fürs|für das|für's) lesen\b|^merci (?:de|pour) (?:votre )?"
               r"lecture\b|^merci d[’']avoir lu\b|^gracias por leer\b|\bthis post is public\b"
               r"|\bfeel free to (?:share|forward) (?:it|this)\b"
               r"|^(?:enjoy(?:ing|ed)|like|liked|love|loving) (?:this|the|what you)(?: \w+)? ?(?:piece|article|review|story"
               r"|post|newsletter|read|reading)?\s*[?!]"
               r"|^(?:gefällt|gefiel) (?:dir|ihnen) (?:dieser|der|unser) (?:artikel|text|beitrag)"
               r"|^(?:vous )?(?:avez )?aim(?:ez|é) cet article|^¿?te (?:ha )?gust(?:a|ado) (?:este|el) (?:artículo|texto)",
               re.I),
    # review-copy notes: "Review code provided by the publisher.", "Test réalisé sur PS5 à partir d'une copie ..."
    re.compile(r"\breview (?:code|copy|key|unit|build)s? (?:was |were )?(?:provided|supplied|sent)|\b(?:code|copy|key)"
               r" (?:was )?(?:kindly )?(?:provided|supplied) by\b"
               r"|\bcopie (?:numérique )?(?:fournie|envoyée|offerte) par|\btestmuster\b"
               r"|\b(?:testversion|testexemplar|rezensionsexemplar)\b.*\b(?:zur verfügung gestellt|bereitgestellt)"
               r"|\bcopia (?:digital )?(?:cedida|proporcionada|facilitada|enviada) por"
               # ... whatever the copy is called, when the publisher sent it: "à partir d'une version commerciale
               # fournie par l'éditeur", "a retail code supplied by the publisher"
               r"|\b(?:copy|code|key|version|build)(?: of the game)? (?:was )?(?:kindly )?(?:provided|supplied|sent) by (?:the )?"
               r"(?:publisher|developer|studio|distributor|label)"
               r"|\b(?:copie|version|exemplaire|clé|code)(?: [\w’'-]+){0,2} (?:fournie?|envoyée?|offerte?|prêtée?|transmise?)"
               r" par (?:l[’']éditeur|l[’']éditrice|le développeur|le studio|le distributeur|la maison d[’']édition)"
               r"|\b(?:vom|von der|vom jeweiligen) (?:publisher|hersteller|verlag|entwickler|studio|verleih|label)\b.{0,40}"
               r"\b(?:zur verfügung gestellt|bereitgestellt)"
               r"|\b(?:copia|versión|código|clave)(?: [\w-]+){0,2} (?:cedid[oa]|proporcionad[oa]|facilitad[oa]|enviad[oa])"
               r" por (?:la |el )?(?:editora|distribuidora|desarrolladora|estudio|editorial)"
               # tuning8: a series or film seen before release: "reviewed all eight episodes from screeners supplied
               # by the streamer", "Sichtungslinks vom Sender", "screeners fournis par la plateforme"
               r"|\bscreeners?(?: links?)?\b.{0,30}\b(?:provided|supplied|sent|made available)\b"
               r"|\b(?:screeners?|sichtungs(?:link|kopie)s?|vorab-?(?:sichtung|zugang))\b.{0,40}\b(?:zur verfügung gestellt|bereitgestellt)"
               r"|\bscreeners?\b.{0,10}\b(?:fournis|envoyés|transmis|prêtés)\b"
               r"|\bscreeners?\b.{0,10}\b(?:cedidos|proporcionados|facilitados|enviados)\b"
               # tuning11: ... said in the active voice: "Brackwater Games supplied a Steam key for this review", "X stellte
               # uns einen Key zur Verfügung", "X nous a fourni une clé", "X nos facilitó un código"
               r"|\b(?:supplied|provided|sent|gave|lent)(?: us| me| the reviewer| our reviewer)?(?: with)? (?:a|an|the)"
               r" (?:[\w-]+ ){0,2}(?:key|code|copy|screener|unit|build)s? (?:for|of) (?:this|the|our) (?:review|test)\b"
               r"|\b(?:stellte|stellten|hat|haben)\b.{0,30}\b(?:key|code|exemplar|testmuster|kopie|testversion|vorabversion)\b"
               r".{0,40}\bzur verfügung\b"
               r"|\b(?:a|ont|nous a|m[’']a|nous ont|m[’']ont) (?:fourni|envoyé|prêté|transmis|offert) (?:une|un) (?:clé|code|copie"
               r"|exemplaire|version)\b"
               r"|\b(?:nos|me) (?:proporcionó|facilitó|cedió|envió|prestó|(?:ha|han) (?:proporcionado|facilitado|cedido|enviado"
               r"|prestado)) (?:una|un) (?:clave|código|copia|ejemplar|versión)\b", re.I),
    # a copy bought, not given: "X bought its own copy of this game. We do not accept review codes."
    re.compile(r"\b(?:bought|purchased|paid for) (?:its|our|their) own cop(?:y|ies)\b|\bwe (?:do not|don[’']t|never) accept"
               r" (?:free |review )?(?:codes|copies|keys|review codes|review copies)\b"
               r"|\b(?:haben|hat) (?:das spiel|das buch|den film|die serie|es) selbst gekauft\b|\bwir (?:nehmen|akzeptieren)"
               r" keine (?:rezensionsexemplare|testmuster|review-codes|keys|gratis-exemplare)\b"
               r"|\b(?:acheté|achetée) par (?:nos soins|la rédaction)\b|\bnous n[’']acceptons (?:pas|aucun|aucune) (?:de )?"
               r"(?:codes|copies|clés|exemplaires)\b"
               r"|\bcomprad[oa] por (?:la redacción|nosotros)\b|\bno aceptamos (?:códigos|copias|claves)\b", re.I),
    # ... and the platform line alone: "Reviewed on PS5", "Played on: PC" ("Tested on PS5, it ran at a steady 60
    # frames a second." is the review's)
    re.compile(r"^(?:(?:reviewed|tested|played) on|test(?:é| réalisé) sur|getestet auf|(?:analizado|probado|jugado) en)"
               r"(?:\s*[:：].{0,80}|(?:\s+[^\s,;]+){1,5}\.?)$", re.I),
    # where to watch or buy: "Where to watch: all eight episodes are streaming now on Arbor+"
    re.compile(r"^(?:where to (?:watch|stream|buy|listen|find it)|how to watch|wo (?:zu sehen|läuft (?:die|der|das) \w+)"
               r"|zu sehen (?:bei|auf)|où (?:le |la |les )?(?:voir|regarder|écouter)|dónde ver(?:la|lo|las|los)?"
               r"|cómo ver)\s*[:：]", re.I),
    # cookie banners
    re.compile(r"\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.{0,30}\b(?:use|store)s?\b.*\bcookies?\b"
               r"|\bcookies?\b.*\b(?:accept|consent|settings|preferences|partners|akzeptier|zustimm|einstellungen|partner"
               r"|accepter|acceptez|paramètres|partenaires|aceptar|acepta|configuración|socios)"
               r"|\b(?:accept|manage|reject) (?:all )?cookies|\b(?:verwende|nutz|speicher|setz)\w*\b.{0,40}\bcookies"
               r"|\butilis\w*\b.{0,30}\b(?:cookies|traceurs)|\butiliz\w*\b.{0,30}\bcookies", re.I),
]
# The outlet speaking of itself, not of the work (what a careful editor would point at): where this piece
# belongs or first ran, the series of posts it is part of, the outlet's own podcast, newsletter, site and
# critics, what "we" publish, a note to readers, the next post, a reader's praise of the newsletter, a paywall's
# count of articles read, a call to join. In an item of at most MAX_SELF_WORDS, anywhere.
MAX_SELF_WORDS = 60
# a word between "our" and the outlet's thing ("our screen podcast"), not a verb, an article or a possessive: "our
# heroine has a newsletter" and "our hero's video diary" are about the work
_GAP = (r"(?:(?!(?:a|an|the|has|had|is|was|were|are|have|keeps?|runs?|of|to|in|hat|ist|war|sind|ein|eine|einen|der|die|das"
        r"|a|est|était|un|une|le|la|les|tiene|tenía|es|era|el|los|las)\b)(?![\w-]+[’']s )[\w’'-]+ )")
_SELF_RULES = [
    # this piece's place: "This review belongs to our winter books package", "Dieser Text entstand während meiner
    # Berlinale-Woche", "Ce texte est d'abord paru dans le numéro 214", "Este análisis forma parte de ..."
    re.compile(r"\bthis (?:review|piece|post|article|essay|text|dispatch|letter) (?:belongs to|is (?:part|one) of"
               r"|forms part of|(?:first |originally )?(?:appeared|ran) in|was (?:first |originally )?(?:published|written|filed)"
               r" (?:in|for|during|as part of|from|at))\b"
               # ... or has been revised since: "This review ... has been revised for the UK cinema release"
               r"|\bthis (?:review|piece|post|article|essay|text)\b.{0,80}\b(?:has been|was|have been) (?:revised|updated"
               r"|amended|expanded|rewritten)\b"
               r"|\bdiese[rs]? (?:besprechung|rezension|kritik|text|beitrag|artikel)\b.{0,80}\bwurde\b.{0,40}"
               r"\b(?:aktualisiert|überarbeitet|ergänzt)\b"
               r"|\b(?:ce|cet|cette) (?:texte|critique|article|chronique|billet)\b.{0,80}\ba été (?:mise? à jour|révisée?"
               r"|actualisée?|complétée?|remaniée?)"
               r"|\b(?:este|esta) (?:texto|reseña|crítica|análisis|artículo|entrada)\b.{0,80}\b(?:ha sido|fue) (?:actualizad[oa]"
               r"|revisad[oa]|ampliad[oa])\b"
               r"|\bthis is the (?:[\w-]+ ){0,2}(?:post|piece|review|instal?ment|entry|part|letter|dispatch) (?:in|of) (?:my|our)\b"
               r"|\bdiese[rs]? (?:besprechung|rezension|kritik|text|beitrag|artikel) (?:gehört zu|ist teil|ist (?:zuerst )?"
               r"erschienen|erschien|entstand|stammt aus)\b"
               r"|\b(?:ce|cet|cette) (?:texte|critique|article|chronique|billet) (?:est (?:d[’']abord |initialement )?paru"
               r"|a (?:d[’']abord |initialement )?(?:paru|été publiée?)|fait partie|appartient|s[’']inscrit dans)\b"
               r"|\b(?:este|esta) (?:texto|reseña|crítica|análisis|artículo|entrada) (?:forma parte|pertenece"
               r"|se publicó|apareció|se escribió)\b", re.I),
    # a part of the writer's series: "Part four of my slow march through ...", "Teil drei unserer Reihe"
    re.compile(r"^part (?:[\w-]+) of (?:my|our)\b|^(?:teil|folge) [\w.]+ (?:meiner|unserer)\b"
               r"|^(?:(?:premier|deuxième|troisième|quatrième|cinquième|[\w]+ième) )?(?:volet|épisode|partie)"
               r"(?: [\w]+)? de (?:ma|mon|notre)\b"
               r"|^(?:(?:primera|segunda|tercera|cuarta|quinta) )?(?:entrega|parte)(?: [\w]+)? de (?:mi|nuestra)\b", re.I),
    # the outlet's own things: "our screen podcast", "our critics", "unserer Reihe", "notre site", "nuestras notas"
    re.compile(rf"\bour {_GAP}{{0,3}}?(?:podcast|newsletter|website|site|magazine|video review|critics|reviewers"
               r"|journalists|editors|newsroom|dispatches|package|archive|app"
               # tuning7: its videos and channel, its readers, its scores, its independence
               r"|videos?|channel|readers|scores|scoring|independence)\b"
               rf"|\bunser(?:e[mnrs]?)? {_GAP}{{0,2}}?(?:podcast|newsletter|website|webseite|magazin|reihe|redaktion"
               r"|kritiker(?:innen)?|rezensent(?:en|innen)?|archiv|app"
               r"|videos?|kanal|sendung|leser(?:innen)?|wertungen|unabhängigkeit)\b"
               rf"|\b(?:notre|nos) {_GAP}{{0,2}}?(?:podcast|newsletter|lettre d[’']information|site|magazine|rédaction"
               r"|journalistes|rédacteurs|rubrique|application"
               r"|vidéos?|chaîne|émission|lecteurs|lectrices|barème|indépendance)\b"
               rf"|\bnuestr[oa]s? {_GAP}{{0,2}}?(?:podcast|boletín|newsletter|web|revista|redacción|críticos|redactores"
               r"|periodistas|canal|notas"
               r"|vídeos?|programa|lectores|lectoras|puntuaciones|independencia)\b", re.I),
    # what the outlet does, in its "we": "every review we publish", "wir bewerten", "nous publions", "puntuamos"
    re.compile(r"\b(?:every|each) (?:review|article|piece|story) we (?:publish|run|commission)\b|\bwe (?:publish|rate|score)"
               r" (?:every|all|our|reviews|games|films|books|a score|a verdict)\b|\bwir (?:veröffentlichen|bewerten|rezensieren) (?:jede|alle|nur)\b"
               r"|\bnous (?:publions|notons|chroniquons) (?:chaque|tous|toutes)\b|\b(?:publicamos|puntuamos|reseñamos)"
               r" (?:cada|todos|todas)\b"
               # its scale: "We score on a ten-point scale", "Wir bewerten auf einer Skala", "Nous notons sur 10"
               r"|\bwe (?:score|rate|grade|mark)(?: games| films| books| everything)? (?:on|out of|using) (?:a|an|the|our|\d+)\b"
               r"|\bwir (?:bewerten|benoten|vergeben)\b.{0,30}\b(?:skala|punkte|von \d+ bis \d+)\b"
               r"|\bnous (?:notons|évaluons)\b.{0,20}\b(?:sur \d+|sur une échelle|de \d+ à \d+)"
               r"|\b(?:puntuamos|valoramos|calificamos)\b.{0,20}\b(?:sobre \d+|en una escala|del? \d+ al \d+)", re.I),
    # a note to readers: "A quick bit of housekeeping before we start:", "Kleiner Hinweis in eigener Sache:"
    re.compile(r"^\(?(?:a (?:quick|little|short|small|brief) (?:bit of |word of |note of )?|some |quick )?housekeeping\b[^:.!?]{0,30}[:：]"
               r"|^\(?(?:kleiner |kurzer )?hinweis in eigener sache\s*[:：]|^\(?(?:un )?petit mot (?:d[’']intendance|pratique)"
               r"\s*[:：]|^\(?(?:una )?nota (?:rápida )?(?:de servicio|para (?:los )?lectores)\s*[:：]"
               # tuning11: the editors' note set under a review: "A note from the reviews desk:", "Editor's note:",
               # "Anmerkung der Redaktion:", "Note de la rédaction :", "Nota de la redacción:"
               r"|^\(?(?:an? )?(?:(?:quick|short|brief|small) )?(?:note|word) from (?:the|our) (?:[\w-]+ )?(?:editors?|desk"
               r"|newsroom|team)\b[^:.!?]{0,20}[:：]|^\(?editor(?:[’']?s)?[’']? note\s*[:：]"
               r"|^\(?(?:eine )?(?:anmerkung|hinweis|notiz) (?:der|aus der) redaktion\s*[:：]"
               r"|^\(?(?:une? )?(?:note|mot) de (?:la|notre) rédaction\s*[:：]|^\(?n\.?d\.?l\.?r\.?\s*[:：]"
               r"|^\(?(?:una )?nota (?:de (?:la|nuestra) redacción|del editor|de los editores)\s*[:：]", re.I),
    # the next post: "Next week: a first novel about a lighthouse"
    re.compile(r"^(?:next (?:week|time|issue|letter|month)|coming (?:up )?next week|nächste woche|in der nächsten"
               r" (?:folge|ausgabe|woche)|la semaine prochaine|dans le prochain (?:numéro|épisode|billet)"
               r"|la (?:semana que viene|próxima semana)|en la próxima entrega)\s*[:：]", re.I),
    # a reader's praise of the newsletter: "“The only newsletter I read slowly.” — a reader in Hexham"
    re.compile(r"[”\"»]\s*[—–-]\s*(?:a|one|another) (?:reader|subscriber|listener)\b|[”\"»“]\s*[—–-]\s*(?:ein|eine)"
               r" (?:leser|leserin|abonnent|abonnentin|hörer|hörerin)\b|[”\"»]\s*[—–-]\s*(?:un|une) (?:lecteur|lectrice"
               r"|abonnée?|auditeur|auditrice)\b|[”\"»]\s*[—–-]\s*(?:un|una) (?:lector|lectora|suscriptora?|oyente)\b", re.I),
    # a paywall's count: "You've read 4 articles in the last month.", "Sie lesen gerade einen freien Artikel."
    re.compile(r"\byou(?:[’']re| are) reading (?:a|an|this) (?:(?:subscriber|member|premium|plus|exclusive)s?(?:[- ]only)?"
               r"|(?-i:[A-Z]{1,5})\+)[- ]?(?:article|piece|story)\b"
               r"|\bsie lesen (?:gerade )?(?:einen|diesen) (?:(?-i:[A-ZÄÖÜ]{1,5})\+|plus|premium|abo|exklusiv)[- ]?(?:artikel|beitrag"
               r"|text)\b|\bvous lisez (?:un|cet) article (?:réservé aux (?:abonnés|membres)|premium|abonnés?"
               r"|(?-i:[A-Z]{1,5})\+)|\bestás leyendo (?:un|este) (?:artículo|contenido) (?:exclusivo|premium"
               r"|para (?:suscriptores|socios)|(?-i:[A-Z]{1,5})\+)"
               # tuning11: the reader thanked for their subscription: "Thank you for subscribing", "Danke, dass Sie mit
               # Ihrem Abo ... möglich machen", "Merci pour votre abonnement", "Gracias por tu suscripción"
               r"|\bthank(?:s| you),? (?:for|to) (?:your (?:subscription|membership)|subscribing|being an? (?:subscriber|member"
               r"|paying reader))\b|\bdanke,? (?:für ihr(?:e)? (?:abo\w*|mitgliedschaft)|dass sie (?:mit ihrem abo\w*|abonnent"
               r"|mitglied))|\bmerci (?:pour|de) votre (?:abonnement|adhésion)\b|\bmerci d[’']être (?:abonnée?|membre)"
               r"|\bgracias por (?:tu|su) (?:suscripción|membresía)\b|\bgracias por (?:suscribirte|ser (?:suscriptora?|socia?"
               r"|miembro))"
               r"|\byou[’']ve read \d+ (?:free )?(?:articles|stories|reviews)\b|\byou have read \d+ (?:free )?(?:articles"
               r"|stories)\b|\bsie lesen (?:gerade )?einen (?:freien|kostenlosen|frei zugänglichen) (?:artikel|beitrag)\b"
               r"|\bsie haben (?:diesen monat )?(?:bereits )?\d+ (?:artikel|beiträge) gelesen\b|\bvous avez lu \d+ articles?\b"
               r"|\bvous lisez (?:un|cet) article (?:gratuit|offert|en accès libre)\b|\bhas leído \d+ (?:artículos|noticias)\b"
               r"|\bestás leyendo un artículo (?:gratuito|en abierto|abierto)\b", re.I),
    # a call to join or keep the outlet going: "hazte socio ... y ayúdanos a seguir", "If you can spare a little each month"
    re.compile(r"\bhazte (?:socio|socia|miembro|mecenas)\b|\bayúdanos a (?:seguir|mantener)\b|\bhelp us (?:keep|stay)\b"
               r"|\bbecome a (?:member|supporter|patron)\b|\bwerden sie (?:mitglied|unterstützer\w*)\b|\bhelfen sie uns\b"
               r"|\bdevenez (?:membre|abonnée?|donateur|donatrice)\b|\baidez-nous à\b"
               r"|^if you can (?:spare|afford|give|chip in)\b.{0,60}\b(?:each|a|per|every) month\b"
               r"|^wenn sie (?:können|es sich leisten können)\b.{0,60}\b(?:im|pro|jeden) monat\b"
               r"|^si (?:vous pouvez|tu peux)\b.{0,60}\b(?:chaque|par) mois\b|^si puedes\b.{0,60}\b(?:cada|al) mes\b", re.I),
    # tuning7: the outlet's readers pay for it ("reviews like this one exist because about eleven thousand readers
    # chip in every month", "Pixel Tribunal is funded by the people who read it")
    re.compile(r"\breaders\b.{0,30}\b(?:chip in|pay for (?:it|them|this|these|us)|fund (?:it|them|this|us)|subscribe|donate)\b|\bfunded by (?:the )?(?:people|those|readers|you)"
               r" (?:who|that) read\b"
               r"|\bleser(?:innen)?\b.{0,30}\b(?:zahlen|bezahlen|finanzieren|spenden)\b|\bfinanziert von (?:denen|den menschen)"
               r",? die (?:ihn|sie|es|uns) lesen\b"
               r"|\b(?:lecteurs|lectrices)\b.{0,30}\b(?:paient|financent|s[’']abonnent|donnent)\b|\bfinancée? par (?:ceux|celles"
               r"|les personnes) qui (?:le|la|nous) lisent\b"
               r"|\b(?:lectores|lectoras)\b.{0,30}\b(?:pagan|financian|se suscriben|donan)\b|\bfinanciad[oa] por (?:quienes"
               r"|las personas que|los que) (?:lo|la|nos) leen\b", re.I),
    # ... the reader asked to pay for the reading: "consider going paid", "haven't yet subscribed", "lesen Sie weiter
    # mit AP+", "rejoignez le Cercle à partir de 3 € par mois", "if you value our work"
    re.compile(r"\bgo(?:ing)? paid\b|\b(?:haven[’']t|have not|not) (?:yet )?subscribed\b|\bbecome a pa(?:ying|id) (?:reader|member"
               r"|subscriber)\b|\bif you (?:value|appreciate|like) (?:our|my|this) (?:work|journalism|writing)\b"
               r"|\blesen sie weiter mit\b|\bwenn (?:ihnen|dir|euch) (?:unsere|meine) arbeit\b.{0,20}\b(?:wert|gefällt)"
               r"|\bsi (?:notre|mon) travail vous\b|\bsi (?:valoras|te gusta|aprecias) (?:nuestro|mi) (?:trabajo|periodismo)\b"
               r"|\b(?:join|rejoign\w*|werden sie|únete|hazte|abonne[zr]|suscríbete|subscribe)\b.{0,60}\d+\s?(?:€|\$|£|euros?"
               r"|dollars?|pounds?)\s*(?:a|per|par|al|pro|im|/)\s*(?:month|mois|mes|monat)\b", re.I),
    # ... and the piece as one of the outlet's kind of work, with what it costs or who pays: "reviews like this one
    # exist because ...", "Kritiken wie diese kosten Zeit, Kinokarten und Nerven"
    re.compile(r"^(?=.*\b(?:cost|pay|paid|readers|subscri|support|chip in|kosten|zahlen|leser|abonn|unterstütz|coûtent|pai|lecteurs"
               r"|soutien|cuestan|pag|lectores|suscri|apoy))"
               r".*\b(?:reviews|articles|pieces|criticism|journalism|kritiken|besprechungen|rezensionen|texte|artikel"
               r"|critiques|articles|chroniques|reseñas|críticas|artículos) (?:like|such as|wie|comme|como) "
               r"(?:this|these|that one|diese[rs]?|celle-ci|celui-ci|celles-ci|ceux-ci|esta|este|estas|estos)\b", re.I),
    # an affiliate note by what it says rather than its name: the link earns the writer a little "at no extra cost to
    # you", "Euch kostet das nichts extra", "sans frais supplémentaires pour vous", "sin coste adicional para ti"
    re.compile(r"^(?=.*\b(?:links?|order|buy|purchase|pick up|sale|bestell\w*|kauf\w*|buchlinks?|lien|liens|achat\w*|achet\w*"
               r"|command\w*|enlaces?|compra\w*|pedido)\b)"
               r".*(?:\bat no (?:extra|additional) cost to you\b|\bcosts? you nothing(?: extra| more)?\b|\bwon[’']t cost you"
               r" (?:a penny|a cent|anything|more)\b|\bwithout (?:it )?costing you (?:a penny|a cent|anything|more|extra)\b"
               r"|\bsans que (?:ça|cela) (?:ne )?vous coûte (?:rien|un centime|plus)\b|\bohne dass (?:es |das )?(?:euch|dich|sie"
               r"|ihnen) (?:etwas|mehr|extra|einen cent)\b.{0,10}\bkostet\b|\bsin que (?:te|le|os) cueste (?:nada|más)\b"
               r"|\b(?:euch|dich|sie|ihnen) kostet (?:das|es) nichts\b|\bkostet (?:euch|dich|sie|ihnen) (?:das |es )?nichts\b"
               r"|\bohne (?:zusätzliche|extra|weitere) kosten für (?:euch|dich|sie)\b|\bfür (?:euch|dich|sie) entstehen"
               r" (?:dabei |keine )?(?:keine )?(?:zusätzlichen|weiteren) kosten\b"
               r"|\bsans (?:aucun )?(?:frais|coût|surcoût)(?: supplémentaires?)? pour vous\b|\b(?:ça|cela) ne vous coûte rien\b"
               r"|\bsin (?:ningún )?(?:coste|costo)(?: adicional| extra)? para (?:ti|usted|vosotros|ustedes)\b|\bno (?:te|le|os)"
               r" cuesta nada\b"
               # tuning11: ... or that the writer earns a little on each sale: "I get a few pence per copy", "ich bekomme
               # ein paar Cent pro Exemplar", "je touche quelques centimes par livre", "me llevo unos céntimos por cada
               # ejemplar"
               r"|\b(?:i|we) (?:get|earn|receive|make|take|keep) (?:a (?:few|little|small|tiny) [\w-]+|a (?:small |tiny )?(?:cut"
               r"|share|percentage|commission|fee|kickback)|some(?:thing)?|pennies|[\w-]+ pence|a penny|a cent|cents)\b"
               r".{0,20}\b(?:per|for each|on each|from each|of each|on every|for every|every time|whenever)\b"
               r"|\b(?:ich|wir) (?:bekomme|erhalte|verdiene|bekommen|erhalten|verdienen) (?:ein paar cent|einige cent|etwas"
               r"|einen (?:kleinen )?(?:anteil|betrag)|eine (?:kleine )?provision)\b.{0,20}\b(?:pro|je|für jede[ns]?|bei jede[mr]"
               r"|von jede[mr])\b"
               r"|\b(?:je|nous) (?:touche|reçois|gagne|perçois|touchons|recevons|gagnons|percevons) (?:quelques centimes"
               r"|un peu|une (?:petite )?(?:part|commission|somme))\b.{0,20}\b(?:par|sur chaque|pour chaque|à chaque)\b"
               r"|\b(?:me llevo|recibo|gano|cobro|nos llevamos|recibimos|ganamos|cobramos) (?:unos céntimos|unos pocos"
               r" céntimos|algo|un poco|una (?:pequeña )?(?:parte|comisión|cantidad))\b.{0,20}\b(?:por cada|de cada|en cada"
               r"|con cada|por)\b)", re.I),
    # tuning11: a disclosure that the writer is not paid for the tip: "No one is paying me to say this", "Ich werde dafür
    # nicht bezahlt", "unbezahlte Werbung", "Personne ne me paie pour le dire", "No me pagan nada por decirlo"
    re.compile(r"\b(?:no one|no-one|nobody)(?: is|[’']s)? pa(?:id|ying|ys) (?:me|us)\b.{0,20}\b(?:to|for) (?:say|saying|write"
               r"|writing|recommend|mention)|\b(?:i|we)(?:[’']m| am|[’']re| are) not (?:being )?paid (?:anything )?(?:to|for)"
               r" (?:say|saying|write|writing|recommend|mention)|\b(?:this|it)(?:[’']s| is) not (?:an ad|sponsored|a sponsored"
               r" (?:post|mention))\b|\bnot (?:a )?sponsored (?:post|mention|link)\b"
               r"|\b(?:ich|wir) (?:werde|werden) (?:dafür )?nicht (?:dafür )?bezahlt\b|\b(?:ich|wir) (?:bekomme|bekommen|kriege"
               r"|kriegen) (?:dafür )?(?:kein geld|nichts bezahlt)\b|\bunbezahlte werbung\b|\bunbeauftragte werbung\b|\bkeine bezahlte (?:werbung|kooperation)\b"
               r"|\b(?:on ne me paie|personne ne me paie|je ne suis pas payée?|on ne nous paie)\b.{0,20}\bpour (?:le dire|dire"
               r"|en parler|le recommander|ça|cela)\b|\bnon sponsorisée?\b"
               r"|\b(?:no me pagan|nadie me paga|no nos pagan|nadie nos paga)\b.{0,20}\b(?:por|para) (?:decirlo|decir|esto"
               r"|hablar|recomendarl[oa])\b"
               r"|\bno es (?:publi|publicidad|un anuncio|contenido patrocinado)\b", re.I),
    # another form of the piece: "Prefer to watch? Our video ...", "if you'd rather hear me be wrong out loud"
    re.compile(r"^(?:prefer|rather) to (?:watch|listen)\s*\?|\bif you[’']d rather (?:hear|listen|watch)\b"
               r"|^lieber (?:hören|zuhören|schauen|gucken|sehen)\s*\?|\bwenn (?:sie|du) lieber (?:hören|zuhören|schauen|sehen)\b"
               r"|^vous préférez (?:écouter|regarder)\s*\?|\bsi vous préférez (?:écouter|regarder|l[’']entendre)\b"
               r"|^¿?prefieres (?:escuchar|ver)(?:lo|la)?\s*\?|\bsi prefieres (?:escuchar|ver)(?:lo|la|me)?\b", re.I),
    # tuning9: the reader asked to use the page itself, its buttons and its comments: "Hit the follow button",
    # "tell me in the responses", "schreibt mir in die Kommentare", "dites-moi en commentaire", "cuéntame en los
    # comentarios" (a game's buttons are not the page's: "press the dodge button" is prose)
    re.compile(r"\b(?:hit|tap|click|press|smash|use)(?: on)? (?:the|that|this|my) (?:follow|subscribe|like|share|clap|heart"
               r"|notification|bell|reply)(?: button| icon)?\b"
               r"|\b(?:tell|let) (?:me|us)\b.{0,40}\bin the (?:comments|responses|replies)\b"
               r"|\b(?:folgen|abonnieren|gefällt-mir|teilen)-?(?:button|knopf|schaltfläche)\b|\b(?:schreib|sag|verrat)\w* (?:mir|uns)\b"
               r".{0,40}\bin (?:den|die) kommentar(?:e|en)\b"
               r"|\bbouton\s*[«\"“]?\s*(?:suivre|s[’']abonner|j[’']aime|partager)\b|\b(?:dites|dis|racontez|raconte)[- ](?:moi|nous)"
               r"\b.{0,40}\ben commentaires?\b"
               r"|\bbotón (?:de )?[«\"“]?(?:seguir|suscribirse|me gusta|compartir)\b|\b(?:cuéntame|cuéntanos|dime|decidme"
               r"|contadme|déjame|dejadme)\b.{0,40}\ben (?:los )?comentarios\b", re.I),
    # tuning10: ... whatever the verb, when the line ends on the page's comments: "¡Cuéntamelo en los comentarios!",
    # "Let me know down in the comments.", "Verratet es mir in den Kommentaren!", "Dites-le-moi en commentaire !"
    # (the reader sent to the comment section under the page: a line about the page, not the work), when it speaks to
    # the reader (a question, a call, "you", "dir", "vous", "te"): "Readers left notes in the comments." is a report
    re.compile(r"^(?=.*(?:[?!¿¡]|\b(?:you|your|let me know|tell (?:me|us)|du|dir|dich|euch|vous|tu|te|toi"
               r"|dites|dis|os|usted|ustedes|vosotros|d[ií]me\w*|dec[ií]d(?:me|nos)\w*|cu[ée]nta(?:me|nos)\w*"
               r"|cont[aá]d(?:me|nos)\w*)\b))"
               r".*\b(?:(?:down |below )?in the (?:comments?|comment section|responses|replies)(?: (?:below|section))?"
               r"|in (?:den|die) kommentar(?:e|en)(?: unten| unter dem (?:artikel|text|beitrag))?"
               r"|en commentaires?(?: ci-dessous)?|dans les commentaires(?: ci-dessous)?"
               r"|en (?:los )?comentarios(?: (?:de )?(?:abajo|más abajo))?)\s*[.!?…)]*\s*$", re.I),
    # ... and a newsletter read by someone it was sent on to: "If someone forwarded you this", "Wenn dir jemand diese
    # Ausgabe weitergeleitet hat", "Si quelqu'un vous a transféré cette lettre", "Si alguien te reenvió este boletín"
    re.compile(r"\b(?:someone|a friend) (?:has )?forwarded (?:you )?this\b|\bthis (?:e-?mail |letter |newsletter |issue )?was"
               r" forwarded to you\b|\b(?:jemand|ein freund|eine freundin)\b.{0,30}\bweitergeleitet\b"
               r"|\bvous a (?:transféré|transmis|fait suivre) (?:cette|ce) (?:lettre|mail|e-mail|courriel|newsletter|numéro)\b"
               r"|\b(?:te|le|os) (?:ha )?reenvi(?:ó|ado) (?:este|esta) (?:boletín|correo|newsletter|carta|entrega)\b", re.I),
    # a reader's comment quoted as a box: "Top-voted reader comment from our launch-week preview"
    re.compile(r"\b(?:reader|user|community) comments?\b|\bleser(?:innen)?(?:kommentar|stimme|brief)\w*\b"
               r"|\bcommentaire d[’'](?:une? )?(?:lecteur|lectrice|internaute)\b|\bcomentario de (?:un|una) (?:lector|lectora"
               r"|usuario|usuaria)\b", re.I),
]
# The comment section: everything after its label is readers' talk, not the review.
COMMENTS_LABEL = re.compile(
    r"^(?:join the (?:discussion|conversation)(?:\s*\(\d+\))?|leave a (?:comment|reply)|responses?\s*\(\d+\)"
    r"|see all (?:responses|comments)|comments?(?:\s*\(\d+\))?|\d+\s+(?:comments?|responses?|thoughts? on .{1,120})"
    r"|what do you think\??|discussion(?: about this (?:post|article))?|reader comments|(?:\d+ )?reader reactions"
    r"|antworten(?:\s*\(\d+\))?|\d+ antworten|was (?:denkst du|meinst du|denken sie|meinen sie)(?: darüber| dazu)?\s*\?"
    r"|(?:et vous,? )?qu[’']en pensez-vous\s*\?|¿?qué (?:opinas|piensas|te parece|os parece)\??"
    r"|kommentare?(?:\s*\(\d+\))?|\d+ kommentare?|diskutieren sie mit|leserkommentare"
    r"|commentaires?(?:\s*\(\d+\))?|\d+ commentaires?|réactions?(?:\s*\(\d+\))?|\d+ réactions?|réagissez"
    r"|laisser un commentaire"
    r"|comentarios?(?:\s*\(\d+\))?|\d+ comentarios?|deja un comentario|opina)$", re.I)
MAX_COMMENT_WORDS = 60  # one reader's comment; a longer item after the label is the review again
_COPULA = r"(?:is|was|has|writes|est|a|écrit|ist|war|schreibt|lebt|es|fue|escribe|vive)"
# a writer's trade, for a bio that names someone the review never names ("Daniel Okafor-Reyes is a Ledger
# contributing critic", "Bastien Quéméner est critique littéraire à Marges")
_TRADES = (r"critic|writer|journalist|editor|contributor|reviewer|columnist|novelist|poet|author|correspondent|freelancer"
           r"|blogger|podcaster|bookseller|translator|kritiker(?:in)?|autor(?:in)?|journalist(?:in)?|redakteur(?:in)?"
           r"|schriftsteller(?:in)?|kolumnist(?:in)?|korrespondent(?:in)?|buchhändler(?:in)?|übersetzer(?:in)?"
           r"|critique|journaliste|auteur|autrice|rédact(?:eur|rice)|écrivaine?|chroniqueu(?:r|se)|romanci(?:er|ère)"
           r"|libraire|traduct(?:eur|rice)|correspondante?|pigiste|crític[oa]|periodista|escritora?|redactora?"
           r"|colaboradora?|autora|columnista|novelista|librer[oa]|traductora?|corresponsal")
_STRANGER_BIO = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w’'-]+(?: (?:de |van |von |da |del |le |la )?[A-ZÀ-Ý][\w’'-]+){1,3}) (?:is|was|est|ist|war|es|fue)"
    r" (?:(?:a|an|the|un|une|ein|eine|el|la|le|l[’'])\s?)?(?:[\w’'-]+ ){0,3}?(?i:" + _TRADES + r")\b")


_BARE_PRICE = re.compile(r"^(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|gbp))$", re.I)
MAX_DATA_FRAGMENT_WORDS = 4


def _is_data_line(text: str) -> bool:
    """A product's data line: three to six fragments of a few words, one of them a
    bare price ("352 pages. Farrow & Lane. $28.", "PS5, Switch, 39,99 €"); a
    sentence that names a price ("It costs €20 at launch, which is fair.") is prose."""
    fragments = [f.strip() for f in re.split(r"(?<!\d)[.,;·|](?!\d)|[.,;](?=\s)|\s[–—]\s", text.strip()) if f.strip()]
    return 3 <= len(fragments) <= 6 and all(len(f.split()) <= MAX_DATA_FRAGMENT_WORDS for f in fragments) \
        and any(_BARE_PRICE.match(f) for f in fragments)


# a premium badge: "AP+", "SZ Plus" (two letters or more: "B+" is a grade)
_BADGE = re.compile(r"^(?-i:[A-ZÄÖÜ]{2,5}) ?(?:\+|(?-i:Plus))$|^(?:premium|abo|abo\+|exklusiv|exclusif|exclusivo)$", re.I)
# what a line may open with before its words: a quotation mark («Si te ha gustado esta reseña…»), an arrow
# ("↗ Beim Buchladen bestellen")
_OPENING = re.compile(r"^(?:[«“\"„‚‹]|[↗↘→►▶▸»›•➜➔⟶]\s*)+")
# tuning10: a line that is all an aside in brackets, "(If you liked this, I wrote about ...)": its words are read as a
# line of their own (a bracket inside it that closes before the end is a part of the line, not the aside's end)
_ASIDE = re.compile(r"^[(\[](?P<inside>[^()\[\]]*(?:[(\[][^()\[\]]*[)\]][^()\[\]]*)*)[)\]][.!?…]?$")


def is_furniture_text(text: str) -> bool:
    """Furniture by its wording (step 2), for a short paragraph or list item; a line is read
    as well without its opening quotation mark or arrow."""
    text = " ".join(text.split())
    if not text or len(text.split()) > MAX_FURNITURE_WORDS:
        return False
    bare = _OPENING.sub("", text)
    if m := _ASIDE.match(text):  # an aside set all in brackets: read as well without them
        bare = _OPENING.sub("", m["inside"].strip())
    return _is_furniture_line(text) or (bare != text and bool(bare) and _is_furniture_line(bare))


def _is_furniture_line(text: str) -> bool:
    if _BADGE.match(text):
        return True
    parts = re.split(r"\s+[·•|]\s+", text)
    if 1 < len(parts) <= 8 and all((bare := re.sub(r"^[^\w]+|[^\w!?.]+$", "", p)) and _is_furniture_line(bare) for p in parts):
        return True  # a row of counters and buttons, each furniture by itself: "💬 61 comments · 🔗 Share"
    if _is_label_line(text):
        return True
    if any(rule.search(text) for rule in _LINE_RULES) or _is_data_line(text):
        return True
    if len(text.split()) <= MAX_SELF_WORDS and any(rule.search(text) for rule in _SELF_RULES):
        return True
    if len(text.split()) > MAX_PROMPT_WORDS:
        return False
    if _NEWSLETTER.search(text) and (len(text.split()) <= 6 or _NEWSLETTER_CALL.search(text)):
        return True
    if _AD_FREE.search(text) and _SUPPORT_CALL.search(text):
        return True
    return any(rule.search(text) for rule in _PROMPT_RULES)


def _is_label_line(text: str) -> bool:
    """A label ("Read more:", "Lire aussi |", "Trending on X") alone or before a
    headline; a sentence that starts with the same words ("Read more closely, it
    is a ghost story.") ends like one and is prose."""
    m = _LABEL.match(text)
    if not m:
        return False
    if _LABEL_ONLY.match(text):
        return True
    if m["colon"] is not None and _POINTER.match(text) and len(text.split()) <= MAX_POINTER_WORDS:
        return True
    return len(text.split()) <= MAX_LABEL_WORDS and (m["colon"] is not None or not _SENTENCE_END.search(text))


def _is_link_line(item: Item) -> bool:
    """A short paragraph or list item that is all link (a related story's headline,
    a link list's entry), not a sentence that ends with a full stop."""
    text = item.text
    if item.kind not in ("paragraph", "list_item") or len(text.split()) > MAX_LINK_LINE_WORDS \
            or text.rstrip().endswith((".", "…")):
        return False
    covered = sum(len(text[m.start:m.end].replace(" ", "")) for m in item.marks if m.kind == "link")
    return covered >= LINK_LINE_SHARE * len(text.replace(" ", ""))


# tuning8: a pointer label with a few words more before its colon ("Read our interview:", "Lire notre entretien :")
_POINTER_LABEL = re.compile(r"^(?:[→►▶▸»›•]\s*)?(?:read|lire|à lire|lesen sie|lies|lee|lea|leer)(?: [\w’'-]+){1,3}\s*[:：|]\s*", re.I)
# ... and a sentence that points to another piece of the writer's or the outlet's: "you might like my piece on"
_OWN_PIECE = re.compile(
    r"\b(?:my|our) (?:[\w-]+ )?(?:piece|post|article|review|essay|column|interview|newsletter|issue|write-?up|feature)s?\b"
    r"|\b(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer) (?:[\w-]+ )?(?:text|beitrag|artikel"
    r"|essay|kritik|rezension|besprechung|interview|newsletter|kolumne)\b"
    r"|\b(?:mon|ma|notre) (?:[\w-]+ )?(?:article|billet|texte|papier|entretien|essai|critique|chronique|newsletter)\b"
    r"|\b(?:mi|nuestro|nuestra) (?:[\w-]+ )?(?:artículo|texto|reseña|entrada|crítica|ensayo|columna|entrevista"
    r"|newsletter)\b", re.I)
MIN_POINTER_LINK_SHARE = 0.25


def _link_share(item: Item, start: int = 0) -> tuple[float, bool]:
    """The share of the item's letters from ``start`` on that are link text, and
    whether a link runs to the end of the text (nothing but punctuation after it)."""
    text = item.text
    rest = text[start:].replace(" ", "")
    links = [m for m in item.marks if m.kind == "link" and m.end > start]
    covered = sum(len(text[max(m.start, start):m.end].replace(" ", "")) for m in links)
    ends = any(not re.search(r"\w", text[m.end:]) for m in links)
    return (covered / len(rest) if rest else 0.0), ends


def _is_pointer_link(item: Item) -> bool:
    """A pointer to another piece made of a label and a link, in a short paragraph: "Read our
    interview: <link>", the link all of what follows the colon; or a sentence that names
    the writer's or the outlet's piece ("you might like my piece on") and runs into a link
    that ends it, the link a quarter of its text or more: the line is about the outlet's
    articles, not the work."""
    text = item.text
    if item.kind not in ("paragraph", "list_item") or len(text.split()) > MAX_POINTER_WORDS:
        return False
    if m := _POINTER_LABEL.match(text):
        share, ends = _link_share(item, m.end())
        if share >= LINK_LINE_SHARE and ends:
            return True
    share, ends = _link_share(item)
    return ends and share >= MIN_POINTER_LINK_SHARE and _OWN_PIECE.search(text) is not None \
        and not _SENTENCE_END.search(text.strip())


def _is_bio(text: str, author: str | None, last_three: bool) -> bool:
    """An author bio, after the opening of the page: the reviewer's full name and
    any verb ("Élodie Marchetti teste des jeux depuis 2019"), or, in the last three
    items, the first name and "is"/"ist"/"est"/"es"..."""
    if not author or len(text.split()) > MAX_FURNITURE_WORDS:
        return False
    author = re.sub(r"^(?:by|par|von|por)\s+", "", author, flags=re.I)  # a byline's word left on the name
    if re.match(rf"^{re.escape(author)}\s+[a-zà-ÿ]", text):
        return True
    first = re.escape(author.split()[0])
    return last_three and re.match(rf"^{first}\s+{_COPULA}\b", text) is not None


# a bio's signs: a year the writer has been at it since, a writer's trade, "she writes ..."
_SINCE_YEAR = re.compile(r"\b(?:since|seit|depuis|desde)\s+(?:the\s+|l[’']an\s+|el\s+año\s+)?\d{4}\b", re.I)
_TRADE = re.compile(r"\b(?:" + _TRADES + r")\b", re.I)
_WRITES = re.compile(r"\b(?:she|he|they) (?:writes|edits|runs|hosts)\b|\b(?:sie|er) (?:schreibt|leitet)\b"
                     r"|\b(?:elle|il) (?:écrit|dirige|anime)\b|\b(?:ella|él) (?:escribe|dirige)\b", re.I)
# where the work is shown, a line after the review: "The Salt Hours screens in competition at the Venice film
# festival and will be released in UK cinemas later this year."
_RELEASE = re.compile(
    r"\b(?:screens|is screening|premieres|(?:will be|is) released|opens|is (?:out|showing|playing|streaming|in cinemas))"
    r"\b.{0,100}\b(?:cinemas|theatres|theaters|film festival|festival de|filmfest\w*)\b"
    r"|\b(?:läuft|startet|kommt)\b.{0,80}\b(?:im kino|in (?:den|die) kinos|auf de[mr] \w*festival|im wettbewerb)\b"
    r"|\b(?:sort|sortira|est projeté|est présenté|est en salles)\b.{0,80}\b(?:en salles|au cinéma|festival)\b"
    r"|\b(?:se estrena|llega|llegará|se proyecta)\b.{0,80}\b(?:en cines|a los cines|festival)\b", re.I)
MAX_RELEASE_WORDS = 30
# tuning8: a postscript that asks the reader to write back, a newsletter's sign-off after the review: "P.S. Watched
# it already? Hit reply and tell me ...", "PS: Schreibt mir ...", "P.-S. : répondez à ce courriel", "P.D.: Respóndeme"
_POSTSCRIPT = re.compile(
    r"^(?:p\.?\s?p?\.?\s?s\.?|p\.-s\.|p\.\s?d\.)(?:\s|[:：])"
    r"(?=.*\b(?:reply|write (?:back|to me|in)|e-?mails?|inbox|comments?|let me know|tell me"
    r"|antwort\w*|schreib\w*|mail\w*|kommentar\w*|sag\w* mir|verrat\w* mir"
    r"|répond\w*|écri\w*|courriels?|commentaires?|dites-moi|dis-moi"
    r"|respond\w*|escríb\w*|contést\w*|contesta\w*|correos?|comentarios?|cuéntame|dime)\b)", re.I)


def _is_late_note(text: str, author: str | None, publication: str | None) -> bool:
    """A line in the last three items that is about the writer or the work's release, not the work: a
    bio that names the outlet or the reviewer (first name or surname) with a year "since", a writer's trade
    or "she writes" ("Critique à Contrechamp depuis 2017, Bastien a été ...", "Formerly a script editor,
    Rosalind Achterberg has been Slant & Margin's critic since 2019."); a single sentence on where the work
    screens or opens."""
    if len(text.split()) > MAX_FURNITURE_WORDS:
        return False
    names = [n for n in re.sub(r"^(?:by|par|von|por)\s+", "", author or "", flags=re.I).split() if len(n) >= 3]
    publication = re.sub(r"^(?:the|der|die|das|le|la|les|l[’']|el|los|las)\s*", "", publication or "", flags=re.I)
    if len(publication) >= 4:  # "The Weir Review" as "der Weir Review", "la Weir Review"
        names.append(publication)
    named = any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names)
    if named and (_SINCE_YEAR.search(text) or _TRADE.search(text) or _WRITES.search(text)):
        return True
    if _POSTSCRIPT.search(text):
        return True
    one_sentence = len(re.findall(r"[.!?](?:\s|$)", text.strip())) <= 1
    return one_sentence and len(text.split()) <= MAX_RELEASE_WORDS and _RELEASE.search(text) is not None


def _is_stranger_bio(text: str, before: list[str]) -> bool:
    """A bio at the end of the page of someone the review never names before it
    (but in a byline, "Par X"; the critic: "Daniel Okafor-Reyes is a Ledger contributing critic ..."): a name,
    "is"/"est"/"ist"/"es", and a writer's trade within a few words; the review's
    subject ("Mareike Sander ist eine Autorin ...") is named in the review."""
    m = _STRANGER_BIO.match(text)
    if not m or len(text.split()) > MAX_FURNITURE_WORDS:
        return False
    surname = m["name"].split()[-1]
    byline = re.compile(rf"^(?:by|par|von|por)\s+{re.escape(m['name'])}\b", re.I)
    said = " ".join(t for t in before if not byline.match(t))  # a byline above the review names no one
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", said) is None


def _cut_comments(items: list[Item]) -> list[Item]:
    """Everything from a comment-section label on, when it comes in the last
    third and only short items (names, one-line comments) follow it."""
    start = (2 * len(items)) // 3
    for index in range(start, len(items)):
        text = " ".join(items[index].text.split())
        if COMMENTS_LABEL.match(text) and all(len(it.text.split()) <= MAX_COMMENT_WORDS for it in items[index + 1:]):
            return items[:index]
    return items


def _box_under(label: Item, under: list[Item]) -> bool:
    """Whether a heading and the items under it are a practical-information box
    ("Where to watch", "Adresse & Öffnungszeiten": a few short lines) or an
    author box ("About the author", "Über die Autorin": a bio or two)."""
    text = " ".join(label.text.split())
    if len(under) > MAX_SERVICE_ITEMS:
        return False
    if _SERVICE_HEADING.match(text):
        return all(len(it.text.split()) <= MAX_SERVICE_ITEM_WORDS for it in under)
    return _ABOUT_AUTHOR.match(text) is not None and all(len(it.text.split()) <= MAX_FURNITURE_WORDS for it in under)


def _drop_service_boxes(items: list[Item]) -> list[Item]:
    """Practical-information and author boxes (:func:`_box_under`): the heading
    and the items under it, up to the next heading. A section with a longer
    paragraph under such a heading is the review's and stays whole."""
    out: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        if item.kind == "heading":
            end = next((i for i in range(index + 1, len(items)) if items[i].kind == "heading"), len(items))
            if end - index - 1 <= MAX_SERVICE_ITEMS and _box_under(item, items[index + 1:end]):
                index = end
                continue
        out.append(item)
        index += 1
    return out


def drop_furniture(items: list[Item], author: str | None = None, bios: list[str] | None = None,
                   publication: str | None = None) -> list[Item]:
    """``items`` without furniture (module docstring, step 2). The bios dropped of
    someone the review never names (:func:`_is_stranger_bio`) are added to ``bios``:
    they name the critic, for the metadata."""
    items = _drop_service_boxes(_cut_comments(items))
    # a shop box's product name: a short line right above its prices
    items = [it for i, it in enumerate(items)
             if not (i + 1 < len(items) and _SHOP.match(" ".join(items[i + 1].text.split()))
                     and len(it.text.split()) <= 12 and not _HEADLINE_END.search(it.text.strip()))]
    kept: list[Item] = []
    follow_list: str | None = None  # a label's link list
    headlines = 0  # headline-like lines a label may still take
    last = len(items)
    for index, item in enumerate(items):
        text = " ".join(item.text.split())
        if item.kind == "list_item" and follow_list is not None and item.list_id == follow_list:
            continue
        follow_list = None
        if headlines and item.kind in ("paragraph", "list_item") and len(text.split()) <= 16 \
                and not _HEADLINE_END.search(text):
            headlines -= 1
            if item.kind == "list_item":
                follow_list = item.list_id
            continue
        headlines = 0
        if item.kind == "heading":
            if _LABEL_ONLY.match(text) or is_furniture_text(text) and len(text.split()) <= 8:
                headlines = 8
                nxt = items[index + 1] if index + 1 < last else None
                if nxt is not None and nxt.kind == "list_item":
                    follow_list = nxt.list_id
                continue
            kept.append(item)
            continue
        bio = index >= last // 3 and _is_bio(text, author, index >= last - 3)
        if not bio and index >= last - 3 and _is_stranger_bio(text, [it.text for it in items[:index]]):
            bio = True
            if bios is not None:
                bios.append(text)
        if is_furniture_text(text) or _is_link_line(item) or _is_pointer_link(item) or bio:
            if _is_label_line(text):
                headlines = 0 if len(text.split()) > 4 else 8
                nxt = items[index + 1] if index + 1 < last else None
                if nxt is not None and nxt.kind == "list_item":
                    follow_list = nxt.list_id
            continue
        kept.append(item)
    # The last three items left (the other furniture gone): a bio or a release line (:func:`_is_late_note`).
    late = [i for i, it in enumerate(kept) if it.kind != "heading"][-3:]
    doomed = {i for i in late if _is_late_note(" ".join(kept[i].text.split()), author, publication)}
    kept = [it for i, it in enumerate(kept) if i not in doomed]
    # A heading left with nothing under it (its box gone) is dropped as well, and so is a short paragraph set all in
    # bold that stands for one (:func:`_is_bold_label`, "**Housekeeping**" over a newsletter's notes) at the end or
    # right above a heading.
    place = {id(it): i for i, it in enumerate(items)}
    out: list[Item] = []
    for index, item in enumerate(kept):
        nxt = kept[index + 1] if index + 1 < len(kept) else None
        if item.kind == "heading" and (nxt is None or (nxt.kind == "heading" and nxt.level <= item.level)):
            continue
        if _is_bold_label(item) and (nxt is None or nxt.kind == "heading" or _is_bold_label(nxt)) and index > 0 \
                and place[id(item)] + 1 < (place[id(nxt)] if nxt is not None else len(items)):
            continue  # something under it was there and went: its box
        out.append(item)
    return out


MAX_BOLD_LABEL_WORDS = 4


def _is_bold_label(item: Item) -> bool:
    """A paragraph that works as a heading: at most four words, all in bold, letters only (no score, no
    date: "**8/10**" is a rating) and no sentence's end."""
    text = item.text.strip()
    if item.kind != "paragraph" or not text or len(text.split()) > MAX_BOLD_LABEL_WORDS \
            or _HEADLINE_END.search(text) or re.search(r"[\d★☆*/]", text):
        return False
    bold = sum(len(text[m.start:m.end].replace(" ", "")) for m in item.marks if m.kind == "strong")
    return bold >= len(text.replace(" ", ""))
