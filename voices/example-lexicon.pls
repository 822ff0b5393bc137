<?xml version="1.0" encoding="UTF-8"?>
<!-- An example W3C Pronunciation Lexicon (PLS 1.0). Only <alias> entries are
     used: Piper reads text, so <phoneme> entries are skipped. -->
<lexicon version="1.0"
         xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>Siobhan</grapheme>
    <alias>Shiv-awn</alias>
  </lexeme>
  <lexeme>
    <grapheme>Dvořák</grapheme>
    <grapheme>Dvorak</grapheme>
    <alias>Dvor-zhahk</alias>
  </lexeme>
  <lexeme>
    <grapheme>mise en scène</grapheme>
    <alias>meez on sen</alias>
  </lexeme>
  <lexeme>
    <!-- Skipped: phonemes only. -->
    <grapheme>tomato</grapheme>
    <phoneme>təˈmɑːtəʊ</phoneme>
  </lexeme>
</lexicon>
