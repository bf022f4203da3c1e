#include "quotes/negation_check.h"

#include <algorithm>
#include <vector>

#include "text/tokenizer.h"

namespace sverka {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool starts_with_any(const std::string& word, const std::vector<std::string>& stems) {
  return std::any_of(stems.begin(), stems.end(),
                     [&](const std::string& stem) { return word.compare(0, stem.size(), stem) == 0; });
}

bool ends_with(const std::string& word, const std::string& suffix) {
  return word.size() > suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class NegationCounter {
 public:
  NegationCounter(const std::string& text, const std::string& language)
      : tokens_(tokenize(text)), russian_(language == "ru") {}

  NegationCount count() {
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      if (tokens_[k].kind == TokenKind::kWord) {
        read(k);
      } else if (ends_sentence(k)) {
        negations_by_sentence_.push_back(0);
      }
    }
    // A question with a second negation ("Don't you do nothing?") is no
    // longer the plain question asked the other way round.
    for (const auto& [sentence, by_particle] : question_negations_) {
      result_.in_questions += by_particle || negations_by_sentence_[sentence] == 1;
    }
    // "не … никогда" is one negation, as English "never" is; a lone ни-word
    // ("никто не знает" has both) counts once too.
    if (russian_) result_.count = plain_ > 0 ? plain_ : (ni_ > 0 ? 1 : 0);
    return result_;
  }

 private:
  const std::string& norm(std::size_t k) const {
    static const std::string none;
    return k < tokens_.size() ? tokens_[k].norm : none;
  }

  bool is_punctuation(std::size_t k) const { return k < tokens_.size() && tokens_[k].kind == TokenKind::kPunctuation; }

  // Whether a clause starts at `k`: the text's start, punctuation or a
  // joining word before it ("and don't you…", «а вы не…»).
  bool starts_clause(std::size_t k) const {
    static const std::vector<std::string> joining = {"and", "but", "or", "so", "then", "well", "oh",
                                                     "а", "и", "но", "ну", "так", "уж"};
    return k == 0 || is_punctuation(k - 1) || contains(joining, norm(k - 1));
  }

  bool ends_sentence(std::size_t k) const {
    const std::string& text = tokens_[k].text;
    return is_punctuation(k) && (text == "?" || text == "." || text == "!" || text == "\u2026");
  }

  // Whether the sentence around `k` ends in a question mark.
  bool in_question(std::size_t k) const {
    for (std::size_t at = k + 1; at < tokens_.size(); ++at) {
      if (ends_sentence(at)) return tokens_[at].text == "?";
    }
    return false;
  }

  // Notes a negation, and whether it negates a yes/no question, which asks
  // what the plain question asks: "Don't you hear?", "Isn't it?", "Am I
  // not right?", «Вы не знаете…?» with only its subject before не; and
  // the particle «не … ли» (не правда ли, уж не … ли), a question's mark
  // whatever else the sentence negates.
  void note_negation(std::size_t k) {
    ++negations_by_sentence_.back();
    if (russian_ && (((norm(k) == "не" || norm(k) == "нет") && followed_by_li(k)) || rhetorical(k))) {
      question_negations_.emplace_back(negations_by_sentence_.size() - 1, true);
    } else if (negates_question(k)) {
      question_negations_.emplace_back(negations_by_sentence_.size() - 1, false);
    }
  }

  // «Как же не рад!», «Как тут не вспомнить…!», «Как не знать!»: an
  // exclamation or question opening with «как (же, тут) не» affirms ("How
  // could he help being glad?", "Of course I do!"), though English may
  // keep a "not" ("How could I not know?"). («Вот как не надо» opens no
  // clause with it: "how not to"; «как бы не» fears: "lest".)
  bool rhetorical(std::size_t k) const {
    if (norm(k) != "не" || k == 0) return false;
    static const std::vector<std::string> particles = {"же", "ж", "тут", "здесь"};
    const std::size_t how = k > 1 && contains(particles, norm(k - 1)) ? k - 2 : k - 1;
    if (norm(how) != "как" || !starts_clause(how)) return false;
    for (std::size_t at = k + 1; at < tokens_.size(); ++at) {
      if (ends_sentence(at)) return tokens_[at].text == "!" || tokens_[at].text == "?";
    }
    return false;
  }

  bool followed_by_li(std::size_t k) const {
    for (std::size_t at = k + 1; at <= k + 3 && at < tokens_.size() && !is_punctuation(at); ++at) {
      if (norm(at) == "ли") return true;
    }
    return false;
  }

  bool negates_question(std::size_t k) const {
    if (russian_) {
      if (norm(k) != "не") return false;
      static const std::vector<std::string> subjects = {"я", "ты", "вы", "он", "она", "оно", "мы", "они"};
      std::size_t start = k;
      while (start > 0 && contains(subjects, norm(start - 1))) --start;
      return starts_clause(start) && in_question(k);
    }
    static const std::vector<std::string> subjects = {"i",  "you",  "he",    "she",  "it",
                                                      "we", "they", "there", "that", "this"};
    static const std::vector<std::string> auxiliaries = {"am", "is", "are", "was", "were", "do", "does", "did",
                                                         "have", "has", "had", "will", "would", "can", "could",
                                                         "shall", "should", "must"};
    const bool inverted_contraction = ends_with(norm(k), "n't") && starts_clause(k) && k + 1 < tokens_.size() &&
                                      tokens_[k + 1].kind == TokenKind::kWord;
    const bool inverted_not = norm(k) == "not" && k >= 2 && contains(subjects, norm(k - 1)) &&
                              contains(auxiliaries, norm(k - 2)) && starts_clause(k - 2);
    return (inverted_contraction || inverted_not) && in_question(k);
  }

  // A negation word that negates nothing here.
  bool idiomatic(std::size_t k) const {
    const std::string& word = norm(k);
    // "neither … nor", "not … nor": one negation, as «ни … ни» is.
    if (word == "nor" && result_.count > 0) return true;
    // "not without talent", «не без таланта»: one, as «не лишен» is.
    if ((word == "without" && norm(k - 1) == "not") || (word == "без" && k > 0 && norm(k - 1) == "не")) return true;
    // «не раз»: "more than once".
    if (word == "не" && norm(k + 1) == "раз") return true;
    // «едва не», «едва было не», «едва ли не»: "nearly" (its не is passed
    // over below); «едва ли» alone is "hardly".
    if (word == "едва" &&
        (norm(k + 1) == "не" || norm(k + 1) == "было" || (norm(k + 1) == "ли" && norm(k + 2) == "не"))) {
      return true;
    }
    if (word == "не" && k > 0) {
      // «чуть не упал», «едва не погиб», «чуть было не», «чуть ли не»:
      // "nearly", no negation.
      const std::string& before = norm(k - 1);
      const std::string& two_before = k > 1 ? norm(k - 2) : before;
      const auto nearly = [](const std::string& w) { return w == "чуть" || w == "едва"; };
      if (nearly(before) || ((before == "было" || before == "ли") && nearly(two_before))) return true;
      // «чего только не было», «где только не бывал»: "all sorts of
      // things", "everywhere"; the не only stresses.
      static const std::vector<std::string> wh = {"кто", "кого", "кому", "кем", "что", "чего", "чем", "где",
                                                  "куда", "откуда", "какой", "какие", "каких", "сколько"};
      if (before == "только" &&
          std::any_of(wh.begin(), wh.end(), [&](const std::string& w) { return precedes_in_clause(w, k - 1, 3); })) {
        return true;
      }
    }
    // «Нет, это другой вопрос», "No, …", «Ну нет, …», "Oh no, …": an
    // answer, set off by punctuation, that a translation keeps or leaves
    // out; the statement's own negations are what count.
    static const std::vector<std::string> interjections = {"oh", "ah", "well", "why", "ну", "ах", "о", "да"};
    if ((word == "нет" || word == "no") && (k + 1 == tokens_.size() || is_punctuation(k + 1)) &&
        (k == 0 || is_punctuation(k - 1) || (contains(interjections, norm(k - 1)) && starts_clause(k - 1)))) {
      return true;
    }
    // "Never mind": «ничего», «все равно».
    if (word == "never" && norm(k + 1) == "mind") return true;
    // "No. 5", "No 16": a number sign, not a negation.
    return word == "no" && k + 1 < tokens_.size() &&
           (tokens_[k + 1].text == "." || tokens_[k + 1].kind == TokenKind::kNumber);
  }

  // Grammar one side says with a negation and the other may say without
  // (Paraphrase), and comparatives of inferiority.
  void count_paraphrases(std::size_t k) {
    const std::string& word = norm(k);
    const auto add = [&](Paraphrase p) { ++result_.paraphrases[static_cast<std::size_t>(p)]; };
    // A verb of hindering: «не допустить» and «не позволить» say what
    // English says with "prevent" or "avoid" and no negation word.
    static const std::vector<std::string> russian_hindered = {"допуст", "допуск", "позвол"};
    static const std::vector<std::string> english_hindering = {"prevent", "avoid", "preclud"};
    if (russian_ ? (word == "не" || word == "нельзя") && starts_with_any(norm(k + 1), russian_hindered)
                 : starts_with_any(word, english_hindering)) {
      add(Paraphrase::kHindering);
    }
    if (russian_ ? word == "не" && contrasted(k) : (word == "rather" && norm(k + 1) == "than") ||
                                                       (word == "instead" && norm(k + 1) == "of")) {
      add(Paraphrase::kContrast);
    }
    // A comparative of inferiority: «менее красивой» is "not as beautiful".
    // (English: "not as", "not be as", "not quite so".)
    const auto as_or_so = [&](std::size_t at) { return norm(at) == "as" || norm(at) == "so"; };
    if (russian_ ? (word == "менее" || word == "меньше") : (word == "not" && (as_or_so(k + 1) || as_or_so(k + 2)))) {
      ++result_.inferior_comparatives;
    }
    if (russian_ ? word == "не" && precedes_in_clause("пока", k, 3)
                 : word == "until" || word == "till" || word == "before") {
      add(Paraphrase::kUntil);
    }
    if (russian_ ? word == "не" && k > 0 && norm(k - 1) == "далеко" : word == "far" && norm(k + 1) == "from") {
      add(Paraphrase::kFarFrom);
    }
    if (russian_ ? word == "не" && contains({"менее", "меньше"}, norm(k + 1))
                 : word == "at" && norm(k + 1) == "least") {
      add(Paraphrase::kAtLeast);
    }
    if (russian_ ? word == "не" && contains({"более", "больше"}, norm(k + 1))
                 : (word == "at" && norm(k + 1) == "most") || (word == "up" && norm(k + 1) == "to")) {
      add(Paraphrase::kAtMost);
    }
  }

  // Whether a «, а» follows the не at `k` closely in its sentence: «не X,
  // а Y» sets what is said against what is not.
  bool contrasted(std::size_t k) const {
    constexpr std::size_t kMaxDistance = 8;  // tokens from не to the comma
    for (std::size_t at = k + 1; at < tokens_.size() && at <= k + kMaxDistance && !ends_sentence(at); ++at) {
      if (tokens_[at].text == "," && norm(at + 1) == "а") return true;
    }
    return false;
  }

  // Whether `word` is among the `distance` words before `k` in its clause.
  bool precedes_in_clause(const std::string& word, std::size_t k, std::size_t distance) const {
    for (std::size_t at = k; at-- > 0 && k - at <= distance && !is_punctuation(at);) {
      if (norm(at) == word) return true;
    }
    return false;
  }

  void read(std::size_t k) {
    count_paraphrases(k);
    if (idiomatic(k)) return;
    static const std::vector<std::string> russian_plain = {"не", "нет", "нельзя", "без", "невозможно",
                                                           // «едва ли», «едва заметный»: "hardly", "barely".
                                                           "едва"};
    static const std::vector<std::string> russian_ni = {"ни", "никогда", "ничего", "никто", "нигде", "никак", "ничто",
                                                        "никакой", "никакие", "никаких", "ничем",
                                                        // "not at all", "by no means"
                                                        "нисколько", "ничуть", "отнюдь"};
    static const std::vector<std::string> english = {"not", "no", "never", "without", "cannot", "nothing", "nobody",
                                                     "impossible", "unable", "hardly", "scarcely", "barely",
                                                     "none", "neither", "nor", "nowhere"};
    const std::string& word = norm(k);
    if (russian_) {
      if (contains(russian_plain, word)) {
        ++plain_;
      } else if (contains(russian_ni, word)) {
        ++ni_;
      } else {
        return;
      }
      note_negation(k);
    } else if (contains(english, word) || ends_with(word, "n't")) {
      ++result_.count;
      note_negation(k);
      // "I cannot help feeling", "we cannot fail to respond": two
      // negations, as «не могу не» has.
      const bool help = norm(k + 1) == "help" && (ends_with(norm(k + 2), "ing") || norm(k + 2) == "but");
      const bool fail = norm(k + 1) == "fail" && norm(k + 2) == "to";
      if ((word == "cannot" || ends_with(word, "n't") || word == "not") && (help || fail)) ++result_.count;
    } else {
      return;
    }
    if (result_.first.empty()) result_.first = tokens_[k].text;
  }

  const std::vector<Token> tokens_;
  const bool russian_;
  NegationCount result_;
  int plain_ = 0, ni_ = 0;
  std::vector<int> negations_by_sentence_ = {0};
  std::vector<std::pair<std::size_t, bool>> question_negations_;  // sentence, by «ли»
};

// Negations among the last two words before a quote: does not yet "comply
// with the regulations" quotes a negated verb without its negation.
int negations_before(const std::string& lead, const std::string& language) {
  const std::vector<Token> tokens = tokenize(lead);
  std::string last_words;
  int words = 0;
  for (std::size_t k = tokens.size(); k-- > 0 && words < 2;) {
    if (tokens[k].kind == TokenKind::kPunctuation) continue;
    last_words = tokens[k].text + ' ' + last_words;
    ++words;
  }
  return count_negations(last_words, language).count;
}

// Whether the counts can agree, a question's negations taken or left, and
// the Russian words negated by their prefix counted or not.
bool counts_agree(const NegationCount& ru, const NegationCount& en, int ru_extra, int en_extra, int ru_prefixed,
                  int en_implicit) {
  const int ru_count = ru.count + ru_extra, en_count = en.count + en_extra;
  return std::max(ru_count - ru.in_questions, en_count - en.in_questions) <=
         std::min(ru_count + ru_prefixed, en_count + en_implicit);
}

}  // namespace

NegationCount count_negations(const std::string& text, const std::string& language) {
  return NegationCounter(text, language).count();
}

std::optional<QuoteFlag> check_negation(const std::string& russian, const std::string& english,
                                        const std::string& russian_lead, const std::string& english_lead,
                                        int russian_prefixed, int english_implicit) {
  NegationCount ru = count_negations(russian, "ru");
  NegationCount en = count_negations(english, "en");
  // "not as beautiful" for «менее красивой» is a comparative, not a negation.
  en.count -= std::min(ru.inferior_comparatives, en.inferior_comparatives);
  // "to prevent" for «чтобы не допустить», "until" for «пока … не», …
  for (std::size_t p = 0; p < kParaphrases; ++p) ru.count -= std::min(ru.paraphrases[p], en.paraphrases[p]);
  // An added or dropped negation flips the meaning; "не … невозможно" and
  // "not … impossible" each count twice, so the counts must agree.
  if (counts_agree(ru, en, 0, 0, russian_prefixed, english_implicit)) return std::nullopt;
  // One side may quote the words after its negation and the other the
  // whole: the words just before each quote count too.
  if (counts_agree(ru, en, negations_before(russian_lead, "ru"), negations_before(english_lead, "en"),
                   russian_prefixed, english_implicit)) {
    return std::nullopt;
  }
  if (ru.count > 0 && en.count > 0) {
    return QuoteFlag{"negation", Severity::kError, ru.first, en.first,
                     "the quotes have " + std::to_string(ru.count) + " and " + std::to_string(en.count) +
                         " negations: one side may say the opposite"};
  }
  if (en.count > 0) {
    return QuoteFlag{"negation", Severity::kError, "", en.first,
                     "the English quote is negated ('" + en.first + "'), the Russian is not: the meaning is reversed"};
  }
  return QuoteFlag{"negation", Severity::kError, ru.first, "",
                   "the Russian quote is negated ('" + ru.first + "'), the English is not: the meaning is reversed"};
}

}  // namespace sverka
