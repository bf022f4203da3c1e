// Finds a headline glued to the first sentence of a text.
//
// News text extracted from web pages often loses the line break after the
// headline, and headlines have no final stop: "…вакцинации в школах
// Министерство здравоохранения Израиля начинает…". No punctuation rule can
// see that boundary; a dictionary can. The body starts at a capitalized word
// that is a common word in lower case (Hunspell knows "министерство" but
// only "Израиля" capitalized), right after a word that is not a function
// word (headlines do not end in "of the" or "в") and is lower case, unless
// the new word is itself a function word ("…in Brazil At least…"), with at
// least three words on both sides. Only the first sentence of a text is searched:
// that is where headlines are.
//
// Where headlines are written in sentence case (Russian: "На Украине назвали
// четыре сценария для Зеленского"), a capitalized common word after a name
// starts the body too ("…для Зеленского Экс-депутат Верховной рады…"), but
// not after a capitalized common word ("Организация Объединенных Наций"),
// nor after a name of several words ("РФ Дмитрий Песков": песков is also
// "of sands"). English title case ("Biden Warns Russia") forbids that rule.
// A one-word first name after a lower-case title ("пресс-секретарь Дмитрий
// Песков") is not told from a place name and can still be split there.
// That rule holds only within a headline's length (20 words), and a title-
// case language's headline is read as sentence case once a content word in
// it is written in lower case (English translations of Russian news keep
// the original's sentence case). A headline may end in a closing quote
// ("…против "омикрона" В ЮАР…").
// When several places qualify, the one where the body repeats the
// headline's first two words ("Землетрясение магнитудой … Курильских
// островов Землетрясение магнитудой …") is the body, be they a name.
// The caller may hand in a common-word test that knows the text's own
// usage (sentence_splitter.cc: a word written capitalized mid-sentence more
// often than not is a name there, "Omicron"; one written in lower case is a
// common word, known to Hunspell or not). A body that starts with a name
// has no such cue; a headline sums up the sentence under it, so the cut is
// then where the most of its content words come again (at least three and
// two fifths of them): "Protests against COVID passes in Spain | Spanish
// cities … saw protests against mandatory COVID passes".
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sverka {

using CommonWordTest = std::function<bool(const std::string& lower_case_word)>;

// How a language writes headlines: sentence case (only names capitalized),
// title case, or with every noun capitalized anyway (German), where this
// rule cannot work and is not used.
enum class HeadlineCase { kSentence, kTitle, kNone };

// Byte offset in `sentence` where the body starts after a glued headline
// by the dictionary cues above (not the echo), or std::string_view::npos.
std::size_t glued_headline_end(std::string_view sentence, const CommonWordTest& is_common_word,
                               const std::unordered_set<std::string>& stopwords,
                               HeadlineCase headlines = HeadlineCase::kTitle);

// Every such boundary, as ascending byte offsets: the headline's end (by
// the dictionary cues, else by the echo), those inside the headline part
// (a subheadline, "…среди трудоголиков Несколько факторов…"), and the end
// of a lead glued after it, by the surest cues only (the headline's opening
// repeated, a closing quote before a capitalized function word, or the
// echo).
std::vector<std::size_t> glued_headline_cuts(std::string_view sentence, const CommonWordTest& is_common_word,
                                             const std::unordered_set<std::string>& stopwords,
                                             HeadlineCase headlines = HeadlineCase::kTitle);

// Where lines a flattened text ran together start again inside a sentence,
// in a language that writes sentence case: a capitalized function word
// right after a lower-case word or a comma ("…быть наемники По данным…",
// a subheading; "…друг мой, Я очень болен", a verse line). Prose writes
// such a word capitalized only at a sentence start or inside a quoted
// title, which follows a quote mark.
std::vector<std::size_t> glued_line_starts(std::string_view sentence, const std::unordered_set<std::string>& stopwords);

}  // namespace sverka
