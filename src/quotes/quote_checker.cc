#include "quotes/quote_checker.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>

#include "align/pair_match.h"
#include "names/name_mentions.h"
#include "quotes/number_check.h"
#include "quotes/quote_spans.h"
#include "quotes/speech_cues.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {

BeadSide DocumentQuotes::side(const std::vector<Sentence>& sentences, std::uint32_t begin, std::uint32_t count) const {
  BeadSide side;
  side.speaking = count > 0 && speaking_before[begin];
  for (std::uint32_t s = begin; s < begin + count; ++s) {
    side.quotes.insert(side.quotes.end(), quotes[s].begin(), quotes[s].end());
    side.context += sentences[s].text + ' ';
    side.rest += outside[s] + ' ';
  }
  return side;
}

namespace {

// Sentence s's quotes, and the sentence with them cut out, the spanner in
// the state the sentence before left it.
void find_in_sentence(DocumentQuotes& found, std::size_t s, const std::string& text) {
  found.quotes[s].clear();
  found.outside[s].clear();
  std::size_t last = 0;
  for (const QuoteSpan& span : found.spanner.next_sentence(text)) {
    found.quotes[s].push_back(
        {s, text.substr(span.begin, span.end - span.begin), text.substr(0, span.begin), span.unmarked, span.dash});
    found.outside[s] += text.substr(last, span.begin - last) + ' ';
    last = span.end;
  }
  found.outside[s] += text.substr(std::min(last, text.size()));
}

DocumentQuotes find_quotes(const std::vector<Sentence>& sentences, bool russian) {
  DocumentQuotes found;
  found.spanner = spanner_for(sentences, russian);
  found.quotes.assign(sentences.size(), {});
  found.outside.assign(sentences.size(), {});
  found.open_before.assign(sentences.size(), false);
  found.speaking_before.assign(sentences.size(), false);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    found.open_before[s] = found.spanner.open();
    found.speaking_before[s] = found.spanner.speaking();
    find_in_sentence(found, s, sentences[s].text);
  }
  return found;
}

}  // namespace

void DocumentQuotes::refind(std::size_t s, const std::string& text) {
  spanner.set_open(open_before[s]);
  spanner.set_speaking(speaking_before[s]);
  find_in_sentence(*this, s, text);
}

namespace {

// The words (and numbers) of a quote.
int word_count(const std::string& quote) {
  int words = 0;
  for (const Token& token : tokenize(quote)) words += token.kind != TokenKind::kPunctuation;
  return words;
}

// Quotes of two words or fewer are titles and terms («Вагнер», "Normandy
// format"): checked when paired, never reported as unquoted. Not a line
// of dialogue a dash opens, however short («Вещи отправлены?»).
bool is_title(const Quote& quote) { return !quote.dash && word_count(quote.text) <= 2; }

// A short quote that opens with a capital letter after a word of its
// sentence («партия «Право и справедливость»», «газопровод «Северный
// поток - 2»», «на «Саммите за демократию»»): Russian quotes the names of
// parties, events, products and works, English writes them in capitals,
// so the English not quoting it says nothing. So does one of a list of
// such names after a comma («номинации "Длинная проза", "Проза для
// детей"»). Speech opens its sentence or follows a colon or a dash; a
// quoted fragment of speech after «что» opens in lower case.
bool names_a_thing(const Quote& quote) {
  constexpr int kMaxNameWords = 4;
  if (word_count(quote.text) > kMaxNameWords) return false;
  const std::vector<Token> words = tokenize(quote.text);
  if (words.empty() || !words.front().has_capital) return false;
  // The lead ends on the opening mark (a quote within a quote: two).
  std::vector<Token> lead = tokenize(quote.lead);
  while (!lead.empty() && is_mark(lead.back(), is_opening_quote)) lead.pop_back();
  if (lead.empty()) return false;
  if (lead.back().kind == TokenKind::kWord) return true;
  return lead.size() >= 2 && lead.back().text == "," && is_mark(lead[lead.size() - 2], is_closing_quote);
}

// A title or term facing a whole statement («Вагнера» against "In
// exchange for these services, …"): the statement's quote marks are the
// other side's only ones in the bead, and the two are no pair.
bool title_against_statement(const Quote& ru, const Quote& en) {
  constexpr int kStatementWords = 6;
  return (is_title(ru) && word_count(en.text) >= kStatementWords) ||
         (is_title(en) && word_count(ru.text) >= kStatementWords);
}

// Quotes pair in order when both sides quote as often; otherwise one side
// split or joined its quotes differently, and all of each side's quoted
// words are checked together. Titles and terms («Длинная проза») and the
// names of things («на "Саммит за демократию"») are quoted on one side and
// not the other more often than anything else: they are set aside first.
void even_out(std::vector<Quote>& ru, std::vector<Quote>& en) {
  for (auto* side : {&ru, &en}) {
    auto* other = side == &ru ? &en : &ru;
    for (std::size_t k = side->size(); k-- > 0 && side->size() > other->size() && !other->empty();) {
      const Quote& quote = (*side)[k];
      if (is_title(quote) || names_a_thing(quote)) side->erase(side->begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
  if (ru.empty() || en.empty() || ru.size() == en.size()) return;
  for (auto* side : {&ru, &en}) {
    Quote joined = side->front();
    for (std::size_t k = 1; k < side->size(); ++k) joined.text += " … " + (*side)[k].text;
    *side = {joined};
  }
}

// Иванович, Аркадьич, Александровна: what Russian says after a first name.
bool is_patronymic(const std::string& word) {
  static const std::vector<std::string> endings = {"ович", "евич", "ьич", "ич", "овна", "евна", "ична", "инична"};
  const std::string name = normalize_for_matching(word);
  for (const std::string& ending : endings) {
    // A case ending may follow: Ивановича, Аркадьичу.
    const std::size_t at = name.rfind(ending);
    if (at != std::string::npos && at >= 6 && name.size() - at - ending.size() <= 4) return true;
  }
  return false;
}

// Only proper names are checked: a capitalized common word ("World Health",
// "Procedure for Granting") is a translated title, an acronym (ВВП, GDP) is
// usually translated too, and a token with digits is the number check's.
bool is_proper_name(const std::string& word, LanguageResources& language) {
  // Capitals first, then lower case: an acronym with an ending (SMBs,
  // БАДов) is as much an acronym as one without.
  int leading_capitals = 0, lower = 0;
  std::size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = next_code_point(word, pos);
    if (cp >= '0' && cp <= '9') return false;
    if (u_isULowercase(static_cast<UChar32>(cp))) {
      ++lower;
    } else if (lower == 0) {
      ++leading_capitals;
    }
  }
  constexpr int kMaxAcronymEnding = 3;  // -ов, -ами; -s
  if (lower == 0 || (leading_capitals >= 2 && lower <= kMaxAcronymEnding)) return false;
  // Russian capitalizes names only: "Песков" is a name even though
  // "песков" is also a word (of sand).
  if (language.language == "ru") return true;
  const std::string name = without_possessive(normalize_for_matching(word));
  const auto common = [&](const std::string& candidate) {
    if (language.lemmatizer.is_common_word(candidate)) return true;
    // "Unclenching": a common word in an inflected form.
    for (const std::string& lemma : language.lemmatizer.lemmas(candidate)) {
      if (language.lemmatizer.is_common_word(lemma)) return true;
    }
    return false;
  };
  if (common(name)) return false;
  // "Overnutrition": English prefixes a common word freely, and the
  // dictionary lists few such words. A long remainder only: Overton and
  // Underwood are names.
  static const std::vector<std::string> kPrefixes = {
      "over", "under", "non", "anti", "counter", "inter", "multi", "post", "pre", "self", "sub", "super",
      "trans", "out", "mis", "semi", "hyper", "micro", "macro", "mega", "mini", "re", "un", "de", "dis", "co"};
  constexpr std::size_t kMinRemainder = 5;
  for (const std::string& prefix : kPrefixes) {
    if (name.size() >= prefix.size() + kMinRemainder && name.compare(0, prefix.size(), prefix) == 0 &&
        common(name.substr(prefix.size()))) {
      return false;
    }
  }
  return true;
}

}  // namespace

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

QuoteChecker::QuoteChecker(DocumentAligner& aligner, const std::string& lexicon_dir)
    : aligner_(aligner),
      featurizer_(aligner.source_language(), aligner.target_language(), aligner.lexicon()),
      names_(NameConventions::load(lexicon_dir + "/names.ru-en.tsv"), name_side(aligner.source_language()),
             name_side(aligner.target_language()), lexicon_test(aligner)),
      polarity_(PolarityList::load(lexicon_dir + "/polarity.ru-en.tsv")),
      russian_lemmas_(name_side(aligner.source_language()).lemmas),
      english_lemmas_(name_side(aligner.target_language()).lemmas),
      translations_([&aligner](const std::string& lemma) { return aligner.lexicon().translations(lemma); }) {
  featurizer_.set_headword_variants(true);
}

UnmatchedNames QuoteChecker::unmatched_names(const std::string& russian, const std::string& english,
                                             Leftovers leftovers) {
  const NameTable table = names_.build({{russian, 0, true}}, {{english, 0, true}}, {{0, 1, 0, 1, 1}}, leftovers);
  UnmatchedNames names;
  for (const UnmatchedName& name : table.unmatched) (name.russian ? names.russian : names.english).push_back(name.text);
  return names;
}

PairedNames QuoteChecker::paired_names(const std::string& russian, const std::string& english) {
  PairedNames paired;
  const auto add_words = [](const std::string& text, std::set<std::string>& words) {
    for (const Token& token : tokenize(text)) {
      if (token.kind == TokenKind::kWord) words.insert(token.norm);
    }
  };
  for (const NameEntry& entry : names_.build({{russian, 0, true}}, {{english, 0, true}}, {{0, 1, 0, 1, 1}}).entries) {
    for (const std::string& form : entry.forms) add_words(form, paired.russian);
    add_words(entry.english, paired.english);
  }
  return paired;
}

void QuoteChecker::check_facts(QuotePair& pair, const std::string& ru_context, const std::string& en_context) {
  // English number words do not inflect, and Hunspell would read "fourth" as "four".
  if (auto flag = check_numbers(find_numbers(pair.ru_quote, "ru", russian_lemmas_),
                                find_numbers(pair.en_quote, "en", nullptr),
                                find_numbers(ru_context, "ru", russian_lemmas_),
                                find_numbers(en_context, "en", nullptr))) {
    pair.flags.push_back(*flag);
  }
  // A proper name in the English quote must stand somewhere in the Russian
  // sentence, and one in the Russian quote somewhere in the English.
  for (const std::string& name : unmatched_names(ru_context, pair.en_quote, Leftovers::kEnglish).english) {
    if (!is_proper_name(name, aligner_.target_language())) continue;
    pair.flags.push_back({"name", Severity::kError, "", name,
                          "'" + name + "' in the English quote has no counterpart in the Russian sentence"});
  }
  for (const std::string& name : unmatched_names(pair.ru_quote, en_context, Leftovers::kRussian).russian) {
    if (!is_proper_name(name, aligner_.source_language())) continue;
    pair.flags.push_back({"name", Severity::kError, name, "",
                          "'" + name + "' in the Russian quote is missing from the English"});
  }
}

void QuoteChecker::check_pair(QuotePair& pair, const BeadSide& ru, const BeadSide& en, std::size_t k) {
  check_facts(pair, ru.context, en.context);
  // One finding for one reversal: a prefixed negation (неприемлемо kept as
  // "acceptable") only when neither the negation count nor the curated
  // polarity list (непреднамеренный → deliberate) has said it.
  const int english_implicit =
      plain_negations_said_by_prefix(pair.ru_quote, pair.en_quote, translations_, russian_lemmas_, english_lemmas_) +
      polarity_.negations_said_by_antonym(pair.ru_quote, pair.en_quote, russian_lemmas_, english_lemmas_);
  auto negation = check_negation(pair.ru_quote, pair.en_quote, ru.quotes[k].lead, en.quotes[k].lead,
                                 prefixed_negations_said_plainly(pair.ru_quote, pair.en_quote, translations_,
                                                                 russian_lemmas_, english_lemmas_),
                                 english_implicit);
  auto polarity = polarity_.check(pair.ru_quote, pair.en_quote, russian_lemmas_, english_lemmas_);
  if (!negation && !polarity) {
    negation = check_prefix_negation(pair.ru_quote, pair.en_quote, translations_, russian_lemmas_, english_lemmas_);
  }
  // «будет» has its row in the list; a future verb or a plain statement
  // made "may" is caught by what the Russian lacks.
  if (!negation && !polarity) polarity = check_hedging(pair.ru_quote, pair.en_quote, russian_lemmas_);
  if (negation) pair.flags.push_back(*negation);
  if (polarity) pair.flags.push_back(*polarity);
  CoverageCheck coverage(featurizer_, length_ratio_);
  if (auto flag = coverage.check(pair.ru_quote, pair.en_quote, paired_names(pair.ru_quote, pair.en_quote))) {
    pair.flags.push_back(*flag);
  }
}

void QuoteChecker::check_attribution(QuotePair& pair, const std::string& ru_outside, const std::string& en_outside) {
  // A changed speaker: a name by a speech verb on each side, neither with a
  // counterpart on the other.
  const auto proper = [](std::vector<std::string> names, LanguageResources& language) {
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const std::string& name) { return !is_proper_name(name, language); }),
                names.end());
    return names;
  };
  UnmatchedNames unmatched = unmatched_names(ru_outside, en_outside);
  const auto english =
      names_by_cue(en_outside, false, proper(std::move(unmatched.english), aligner_.target_language()));
  const auto russian = names_by_cue(ru_outside, true, proper(std::move(unmatched.russian), aligner_.source_language()));
  // The last name by the cue is the surname: "Sergei Lavrov", "Дмитрия
  // Пескова". Not after a first name and patronymic (Степан Аркадьич),
  // which a translation often gives as the surname (Oblonsky).
  if (english.empty() || russian.empty() || is_patronymic(russian.back())) return;
  pair.flags.push_back({"attribution", Severity::kError, russian.back(), english.back(),
                        "the English gives the quote to '" + english.back() + "', the Russian to '" +
                            russian.back() + "'"});
}

std::vector<QuotePair> QuoteChecker::check(const AlignedDocument& document) {
  double ru_chars = 0, en_chars = 0;
  for (const Sentence& s : document.source) ru_chars += static_cast<double>(count_code_points(s.text));
  for (const Sentence& t : document.target) en_chars += static_cast<double>(count_code_points(t.text));
  // The document's own English/Russian length ratio, as the aligner uses.
  length_ratio_ = ru_chars > 0 && en_chars > 0 ? en_chars / ru_chars : 1.1;
  // What the aligner learned from this document fills the dictionary's gaps
  // when quotes are compared word by word.
  learned_ = BilingualLexicon::from_pairs(document.learned);
  featurizer_.set_learned(&learned_);
  ru_quotes_ = find_quotes(document.source, true);
  en_quotes_ = find_quotes(document.target, false);
  return check_beads(document, std::nullopt);
}

std::vector<QuotePair> QuoteChecker::recheck(const AlignedDocument& document, std::size_t line) {
  // The changed sentence's quotes are found for this check and then put
  // back as check() found them: a copy of the whole side's would cost a
  // document's worth of strings for every line.
  std::vector<Quote> quotes = std::move(en_quotes_.quotes[line]);
  std::string outside = std::move(en_quotes_.outside[line]);
  en_quotes_.refind(line, document.target[line].text);
  std::vector<QuotePair> pairs = check_beads(document, line);
  en_quotes_.quotes[line] = std::move(quotes);
  en_quotes_.outside[line] = std::move(outside);
  return pairs;
}

std::vector<QuotePair> QuoteChecker::check_beads(const AlignedDocument& document, std::optional<std::size_t> line) {
  std::vector<QuotePair> pairs;
  for (const align::Bead& bead : document.alignment) {
    if (line && (*line < bead.target_begin || *line >= bead.target_begin + bead.target_count)) continue;
    BeadSide ru = ru_quotes_.side(document.source, bead.source_begin, bead.source_count);
    BeadSide en = en_quotes_.side(document.target, bead.target_begin, bead.target_count);
    if (ru.quotes.empty() && en.quotes.empty()) continue;
    check_bead(bead, std::move(ru), std::move(en), pairs);
  }
  return pairs;
}

namespace {

// Whether a bead side's quotes make up nearly all of its text.
bool wholly_quoted(const BeadSide& side) {
  constexpr double kQuotedShare = 0.8;
  std::size_t quoted = 0;
  for (const Quote& quote : side.quotes) quoted += quote.text.size();
  return !side.quotes.empty() && static_cast<double>(quoted) >= kQuotedShare * static_cast<double>(side.context.size());
}

}  // namespace

void QuoteChecker::check_bead(const align::Bead& bead, BeadSide ru, BeadSide en, std::vector<QuotePair>& pairs) {
  const std::size_t first_pair = pairs.size();
  // Russian speech going on without marks after a dash-introduced sentence
  // (— Да, это было. Это было, но прошло.) where the English quotes the
  // whole bead: the Russian sentences are the quote.
  if (ru.quotes.empty() && ru.speaking && bead.source_count > 0 && wholly_quoted(en)) {
    const std::size_t first = ru.context.find_first_not_of(' ');
    const std::size_t last = ru.context.find_last_not_of(' ');
    if (first != std::string::npos) {
      ru.quotes.push_back({bead.source_begin, ru.context.substr(first, last - first + 1), "", false, true});
    }
  }
  // Russian speech guessed to go on without a mark of its own, where the
  // English, which marks all its speech, quotes nothing: the author's.
  if (en.quotes.empty()) std::erase_if(ru.quotes, [](const Quote& quote) { return quote.unmarked; });
  even_out(ru.quotes, en.quotes);
  const std::size_t paired = std::min(ru.quotes.size(), en.quotes.size());
  for (std::size_t k = 0; k < std::max(ru.quotes.size(), en.quotes.size()); ++k) {
    bool has_ru = k < ru.quotes.size(), has_en = k < en.quotes.size();
    // Where the other side quotes a title the speech is plainly not
    // quoted there, yet its sentence says it: its numbers and names are
    // compared. A side with no quote marks at all may use marks the
    // spanner does not read there (a few single ones in a text of double
    // ones), and name the speaker by a pronoun; there the statement is
    // only reported.
    const bool facing_title = k < paired && title_against_statement(ru.quotes[k], en.quotes[k]);
    if (facing_title) (is_title(ru.quotes[k]) ? has_ru : has_en) = false;
    QuotePair pair;
    pair.ru_line = has_ru ? ru.quotes[k].sentence : bead.source_begin;
    pair.en_line = has_en ? en.quotes[k].sentence : bead.target_begin;
    if (has_ru) pair.ru_quote = ru.quotes[k].text;
    if (has_en) pair.en_quote = en.quotes[k].text;
    if (has_ru && has_en) {
      check_pair(pair, ru, en, k);
    } else if (has_ru && !is_title(ru.quotes[k]) && !names_a_thing(ru.quotes[k]) && bead.target_count > 0) {
      pair.flags.push_back({"quote", Severity::kWarning, pair.ru_quote, "",
                            "quoted in the Russian but not in the English: direct speech made indirect"});
      // (Negations and words are the reporting sentence's too, and are not
      // compared.)
      if (facing_title) check_facts(pair, ru.context, en.context);
    } else if (has_en && !is_title(en.quotes[k]) && bead.source_count > 0) {
      pair.flags.push_back({"quote", Severity::kWarning, "", pair.en_quote,
                            "quoted in the English but not in the Russian"});
      if (facing_title) check_facts(pair, ru.context, en.context);
    }
    pairs.push_back(std::move(pair));
  }
  if (pairs.size() == first_pair) return;
  std::vector<std::string> names;
  for (const NameMention& m : find_name_mentions(ru.rest, nullptr, aligner_.source_language().stopwords)) {
    names.push_back(m.text);
  }
  const std::vector<std::string> speaker = names_by_cue(ru.rest, true, names);
  if (!speaker.empty()) pairs[first_pair].speaker = speaker.back();
  if (paired > 0) check_attribution(pairs[first_pair], ru.rest, en.rest);
}

}  // namespace sverka
