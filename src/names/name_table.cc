#include "names/name_table.h"

#include <algorithm>

#include "names/name_forms.h"
#include "names/name_pairs.h"
#include "text/normalizer.h"
#include "text/text_reader.h"
#include "text/tokenizer.h"
#include "util/error.h"
#include "util/tsv_rows.h"
#include "util/utf8.h"

namespace sverka {

namespace {

// The table's row for a Russian form and an English spelling, made on
// first sight with where it is first seen.
NameEntry& entry_for(const std::string& russian, const std::string& english, std::size_t first_source,
                     std::size_t first_source_byte, std::size_t first_target,
                     std::map<std::pair<std::string, std::string>, std::size_t>& index, NameTable& table) {
  const auto [it, inserted] = index.try_emplace(std::make_pair(russian, english), table.entries.size());
  if (inserted) {
    NameEntry entry;
    entry.russian = russian;
    entry.english = english;
    entry.first_source = first_source;
    entry.first_source_byte = first_source_byte;
    entry.first_target = first_target;
    table.entries.push_back(entry);
  }
  return table.entries[it->second];
}

// Adds a bead's pairs to the table. A person's full name (Реджепа Тайипа
// Эрдогана ↔ Recep Tayyip Erdogan) is one entry: words paired by sound,
// one after another on both sides and in the same order. Conventions name
// places and bodies, which stand side by side without forming one name.
void add_pairs(const std::vector<Paired>& pairs, const std::vector<Located>& ru, const std::vector<Located>& en,
               const std::vector<Sentence>& source, const std::vector<Sentence>& target,
               std::map<std::pair<std::string, std::string>, std::size_t>& index, NameTable& table) {
  for (std::size_t first = 0; first < pairs.size();) {
    std::size_t end = first + 1;
    while (end < pairs.size() && !pairs[end - 1].convention && !pairs[end].convention &&
           next_word(ru[pairs[end - 1].russian], ru[pairs[end].russian], source) &&
           next_word(en[pairs[end - 1].english], en[pairs[end].english], target)) {
      ++end;
    }
    const Located& r = ru[pairs[first].russian];
    std::string russian = pairs[first].nominative, english = pairs[first].spelling, form = r.mention.text;
    double score = pairs[first].score;
    for (std::size_t k = first + 1; k < end; ++k) {
      russian += ' ' + pairs[k].nominative;
      english += ' ' + pairs[k].spelling;
      form += ' ' + ru[pairs[k].russian].mention.text;
      score += pairs[k].score;
    }
    NameEntry& entry =
        entry_for(russian, english, r.sentence, r.mention.begin, en[pairs[first].english].sentence, index, table);
    entry.forms.insert(form);
    ++entry.count;
    entry.total_score += score / static_cast<double>(end - first);
    first = end;
  }
}

std::vector<std::string> words_of(const std::vector<Sentence>& sentences, std::uint32_t begin, std::uint32_t count) {
  std::vector<std::string> words;
  for (std::uint32_t s = begin; s < begin + count; ++s) {
    for (const Token& token : tokenize(sentences[s].text)) {
      if (token.kind != TokenKind::kPunctuation) words.push_back(token.norm);
    }
  }
  return words;
}

// How many times each word of one side can still account for a leftover
// name of the other written the same way (G7, Pfizer, Black Tie): its count
// among the side's words less its mentions already paired. Counted, not
// merely looked up: «"Black Tie" или "Creative Black Tie"» facing "'Black
// Health' or 'Creative Black Tie'" has a Tie to spare only once.
std::map<std::string, int> spare_words(const std::vector<std::string>& words, const std::vector<Located>& mentions,
                                       const std::vector<bool>& used) {
  std::map<std::string, int> spare;
  for (const std::string& word : words) ++spare[word];
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    if (used[k]) --spare[mentions[k].mention.norm];
  }
  return spare;
}

bool take_spare(std::map<std::string, int>& spare, const std::string& word) {
  const auto it = spare.find(word);
  if (it == spare.end() || it->second <= 0) return false;
  --it->second;
  return true;
}

// Letters a word needs, on each side, to be compared by spelling with a
// word of the other script that is no name mention.
constexpr std::size_t kMinSpelledOutLength = 4;

// "anti-Turkish", "Russia's": the name is the last part, without 's.
std::string name_part(const std::string& word) {
  return without_possessive(word.substr(word.rfind('-') == std::string::npos ? 0 : word.rfind('-') + 1));
}

}  // namespace

bool NameTableBuilder::spelled_out(const std::string& ru_word, const std::string& en_word) {
  const std::size_t en_letters = count_code_points(en_word), ru_letters = count_code_points(ru_word);
  // (Latin spells some Cyrillic letters with two to four, ж zh, щ shch,
  // and the Russian word may carry endings: words further apart in length
  // are not compared, which saves a third of the check's time on a novel.)
  const bool comparable = en_letters <= 2 * ru_letters + 2 && ru_letters <= 2 * en_letters;
  if (en_letters < kMinSpelledOutLength || ru_letters < kMinSpelledOutLength || !comparable) return false;
  // A book pairs the same names with the same words again and again; the
  // answers are kept, a bounded number of them.
  constexpr std::size_t kMaxRemembered = 1 << 20;
  std::string key = ru_word + '\t' + en_word;
  if (const auto found = spelled_out_.find(key); found != spelled_out_.end()) return found->second;
  bool alike = matcher_.similarity(ru_word, en_word) >= kNameMatchThreshold;
  const std::string people = russian_demonym_stem(ru_word);
  if (!alike && !people.empty()) {
    for (const std::string& stem : english_demonym_stems(en_word)) {
      alike = alike || matcher_.similarity(people, stem) >= kNameMatchThreshold;
    }
  }
  if (spelled_out_.size() >= kMaxRemembered) spelled_out_.clear();
  spelled_out_.emplace(std::move(key), alike);
  return alike;
}

// A name left over may be a translated common word (Thursday ← четверг,
// Фонда → Foundation) or stand for a Russian word by convention (Turkish ←
// турецких): neither is an omission. (A word both texts write alike, G7 or
// Pfizer, is counted apart: take_spare.)
bool NameTableBuilder::explained(const std::string& ru_word, const std::string& en_word) {
  // «древнеегипетской»: the name is in the compound's second part.
  const std::string tail = compound_tail(ru_word);
  if (!tail.empty() && explained(tail, en_word)) return true;
  // A Russian word spelled out in Latin letters ("Let Spustya" for «лет
  // спустя» in a title) or a people's name (Caledonians, «каледонцев»):
  // lower case in Russian, so never a name mention.
  if (spelled_out(ru_word, en_word)) return true;
  std::vector<std::string> english_forms{en_word, name_part(en_word)};
  if (english_.lemmas) {
    for (std::string& lemma : english_.lemmas(name_part(en_word))) english_forms.push_back(std::move(lemma));
  }
  std::vector<std::string> russian_forms = nominative_candidates(ru_word);
  if (russian_.lemmas) {
    for (std::string& lemma : russian_.lemmas(ru_word)) russian_forms.push_back(std::move(lemma));
    // Only the last part of «юго-восточной» declines, and the dictionary
    // knows it alone: юго-восточный.
    const std::size_t hyphen = ru_word.rfind('-');
    if (hyphen != std::string::npos && hyphen + 1 < ru_word.size()) {
      for (const std::string& lemma : russian_.lemmas(ru_word.substr(hyphen + 1))) {
        russian_forms.push_back(ru_word.substr(0, hyphen + 1) + lemma);
      }
    }
  }
  for (const std::string& english : english_forms) {
    if (translates_ && translates_(ru_word, english)) return true;
    for (const std::string& russian : russian_forms) {
      const auto* conventional = conventions_.english(russian);
      if (conventional && std::find(conventional->begin(), conventional->end(), english) != conventional->end()) {
        return true;
      }
    }
  }
  return false;
}

// Ливии → ливия "Libya", Египта → египет, Каира → каир, Центральной
// Африканской Республике → центральная африканская республика. The sound
// match that paired a translated name picks the nominative closest to the
// English spelling, which may be one Russian never writes ("Ливиа",
// "Каиро", "Египт", "Центральн"); the table names the form the dictionary
// lists. Tried in order: the word's nominatives by rule (in the gender it
// is seen in), its lemmas, nominatives with a dropped vowel put back, and
// the word as written last of all (Европа), as an unknown word's lemmas
// include a suffix stem that may translate (каира: каир, not каира). A
// form must be a dictionary form of its own, or an adjective's nominative:
// not the short adjective «центральна».
std::string NameTableBuilder::dictionary_form(const std::string& ru_word, const std::string& en_word) {
  if (!translates_ || !russian_.lemmas) return "";
  const std::vector<std::string> nominatives = nominative_candidates(ru_word);
  std::vector<std::string> forms = nominatives;
  const std::vector<std::string> lemmas = russian_.lemmas(ru_word);
  forms.insert(forms.end(), lemmas.begin(), lemmas.end());
  for (const std::string& nominative : nominatives) {
    for (std::string& restored : with_fleeting_vowel(nominative)) forms.push_back(std::move(restored));
  }
  std::erase(forms, ru_word);
  forms.push_back(ru_word);
  for (const std::string& form : forms) {
    if (!translates_(form, en_word)) continue;
    const std::vector<std::string> own = russian_.lemmas(form);
    if (is_adjective_nominative(form) || std::find(own.begin(), own.end(), form) != own.end()) return form;
  }
  return "";
}

// Варшаве → Варшава, Марью → Марья, Матвея → Матвей, Катерина as it
// stands: the name Hunspell lists (Франции is also a form of франций, in
// lower case, which is no name). Not a longer name, nor a shorter one the
// word is a plural of (Васильев of Васильева, Семенов of Семен), nor one
// without the vowel the English ends in (Аида is Aida, not a form of Аид;
// Роберту is Roberto's); a final e is often silent in English (Риме is
// Rome's). Of two, the one that ends in a consonant as the English does
// (Александра: Alexander's, or Alexandra's); else none (Евгению: Yevgeny's
// or Yevgenia's).
std::string NameTableBuilder::listed_name(const std::string& written, const std::string& english) const {
  if (!russian_.proper_name_lemmas || english.empty()) return "";
  const auto ends_in_vowel = [](const std::string& word) {
    std::size_t end = word.size();
    return !word.empty() && is_russian_vowel(previous_code_point(word, end));
  };
  const bool english_vowel = std::string_view("aiou").find(english.back()) != std::string_view::npos;
  const bool english_consonant = !english_vowel && english.back() != 'e' && english.back() != 'y';
  const std::string as_written = normalize_for_matching(written);
  const std::size_t length = count_code_points(as_written);
  // Семенов: a surname, though also the plural of Семен.
  const auto plural_of = [&](const std::string& name) {
    return as_written.starts_with(name) && (as_written.ends_with("ов") || as_written.ends_with("ев")) &&
           count_code_points(name) + 2 == length;
  };
  std::vector<std::string> names = russian_.proper_name_lemmas(written);
  std::erase_if(names, [&](const std::string& name) {
    return count_code_points(name) > length || (english_vowel && !ends_in_vowel(name)) || plural_of(name);
  });
  if (names.size() > 1 && english_consonant) std::erase_if(names, ends_in_vowel);
  return names.size() == 1 ? names.front() : "";
}

void NameTableBuilder::add_translated_names(const align::Bead& bead, const std::vector<Sentence>& source,
                                            const std::vector<Sentence>& target, const std::vector<Located>& ru,
                                            const std::vector<Located>& en, std::vector<bool>& ru_used,
                                            std::vector<bool>& en_used,
                                            std::map<std::pair<std::string, std::string>, std::size_t>& index,
                                            NameTable& table) {
  if (!translates_) return;
  std::vector<BeadSentence> ru_sentences, en_sentences;
  for (std::uint32_t s = bead.source_begin; s < bead.source_begin + bead.source_count; ++s) {
    ru_sentences.push_back({s, source[s].text});
  }
  for (std::uint32_t t = bead.target_begin; t < bead.target_begin + bead.target_count; ++t) {
    en_sentences.push_back({t, target[t].text});
  }
  // A word of the one is a word of the other as a leftover name is
  // explained: translated, spelled out (Исламского, Islamic), by convention.
  const TranslationTest translated = [this](const std::string& russian, const std::string& english) {
    return explained(russian, english);
  };
  const TranslationTest alike = [this](const std::string& russian, const std::string& english) {
    return spelled_out(russian, english);
  };
  const TranslatedNameWords words{translated, alike, russian_.lemmas, russian_.stopwords, english_.stopwords};
  for (const TranslatedName& name : find_translated_names(ru_sentences, en_sentences, words)) {
    // Their words' mentions are this name's: not paired by sound, nor left over.
    const auto take = [](const std::vector<Located>& mentions, std::vector<bool>& used, std::size_t line,
                         std::size_t begin, std::size_t end) {
      for (std::size_t k = 0; k < mentions.size(); ++k) {
        const NameMention& m = mentions[k].mention;
        used[k] = used[k] || (mentions[k].sentence == line && m.begin >= begin && m.end <= end);
      }
    };
    take(ru, ru_used, name.ru_line, name.ru_begin, name.ru_end);
    take(en, en_used, name.en_line, name.en_begin, name.en_end);
    NameEntry& entry =
        entry_for(name.russian, name.english, name.ru_line, name.ru_begin, name.en_line, index, table);
    entry.forms.insert(name.written);
    ++entry.count;
    entry.total_score += 1.0;  // every word translated, as a convention is
  }
}

NameTable NameTableBuilder::build(const std::vector<Sentence>& source, const std::vector<Sentence>& target,
                                  const align::Alignment& alignment, Leftovers leftovers) {
  NameTable table;
  table.source_mentions.resize(source.size());
  table.target_mentions.resize(target.size());
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  for (const align::Bead& bead : alignment) {
    std::vector<Located> ru, en;
    const std::vector<std::string> en_words = words_of(target, bead.target_begin, bead.target_count);
    for (std::uint32_t t = bead.target_begin; t < bead.target_begin + bead.target_count; ++t) {
      table.target_mentions[t] = find_name_mentions(target[t].text, english_.is_common_word, *english_.stopwords);
      for (const NameMention& m : table.target_mentions[t]) en.push_back({m, t});
    }
    // A first word the dictionary knows is still a name when the English
    // names it as its convention does: «Госдума» where the English has
    // "Duma" with its capital. (Not an adjective: lower case inside a
    // sentence, «российские» is no name there either.)
    const CommonWordTest russian_common = [&](const std::string& word) {
      if (!russian_.is_common_word || !russian_.is_common_word(word)) return false;
      for (const std::string& nominative : nominative_candidates(word)) {
        const auto* names = conventions_.english(nominative);
        if (names == nullptr) continue;
        if (nominative.ends_with("ий") || nominative.ends_with("ый") || nominative.ends_with("ой")) continue;
        const bool named = std::any_of(en.begin(), en.end(), [&](const Located& e) {
          return std::find(names->begin(), names->end(), e.mention.norm) != names->end();
        });
        if (named) return false;
      }
      return true;
    };
    for (std::uint32_t s = bead.source_begin; s < bead.source_begin + bead.source_count; ++s) {
      table.source_mentions[s] = find_name_mentions(source[s].text, russian_common, *russian_.stopwords);
      for (const NameMention& m : table.source_mentions[s]) ru.push_back({m, s});
    }
    std::vector<bool> ru_used(ru.size()), en_used(en.size());
    add_translated_names(bead, source, target, ru, en, ru_used, en_used, index, table);
    std::vector<Paired> pairs = pair_names(ru, en, target, conventions_, matcher_, ru_used, en_used);
    for (Paired& pair : pairs) {
      if (pair.convention) continue;
      const NameMention& mention = ru[pair.russian].mention;
      std::string form = dictionary_form(mention.norm, en[pair.english].mention.norm);
      if (form.empty()) form = listed_name(mention.text, en[pair.english].mention.norm);
      if (form.empty()) form = written_nominative(normalize_for_matching(pair.nominative, Yo::kKeep), mention.norm);
      pair.nominative = with_capitals_of(form, mention.text);
    }
    add_pairs(pairs, ru, en, source, target, index, table);
    const std::vector<std::string> ru_words = words_of(source, bead.source_begin, bead.source_count);
    std::map<std::string, int> ru_spare = spare_words(ru_words, ru, ru_used);
    std::map<std::string, int> en_spare = spare_words(en_words, en, en_used);
    for (std::size_t e = 0; e < en.size() && leftovers != Leftovers::kRussian; ++e) {
      if (en_used[e]) continue;
      const std::string& name = en[e].mention.norm;
      const bool found = take_spare(ru_spare, name) ||
                         std::any_of(ru_words.begin(), ru_words.end(),
                                     [&](const std::string& word) { return explained(word, name); });
      if (!found) table.unmatched.push_back({en[e].mention.text, false, en[e].sentence});
    }
    for (std::size_t r = 0; r < ru.size() && leftovers != Leftovers::kEnglish; ++r) {
      if (ru_used[r]) continue;
      const std::string& name = ru[r].mention.norm;
      const bool found = take_spare(en_spare, name) ||
                         std::any_of(en_words.begin(), en_words.end(),
                                     [&](const std::string& word) { return explained(name, word); });
      if (!found) table.unmatched.push_back({ru[r].mention.text, true, ru[r].sentence});
    }
  }
  std::stable_sort(table.entries.begin(), table.entries.end(), [](const NameEntry& a, const NameEntry& b) {
    return a.first_source != b.first_source ? a.first_source < b.first_source
                                            : a.first_source_byte < b.first_source_byte;
  });
  return table;
}

}  // namespace sverka
