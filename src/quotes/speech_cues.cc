#include "quotes/speech_cues.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

#include "text/tokenizer.h"

namespace sverka {
namespace {

// Stems chosen long enough that no common word after a dash shares them:
// «указал», not «указ» (a decree); «ответил», not «ответ» (an answer).
constexpr std::string_view kRussianStems[] = {
    "сказа", "заяв", "отмети", "отмеча", "подчеркну", "подчеркива", "добавил", "добавля", "сообщил",
    "сообща", "поясни", "поясня", "счита", "уверен", "переда", "цитиру", "написал", "пишет",
    "говори", "говорят", "рассказа", "рассказыва", "коммент", "прокоммент", "уточни", "уточня",
    "объясни", "объясня", "ответил", "отвеча", "констатир", "резюмир", "признал", "признает",
    "подтверди", "подтвержда", "предупреди", "напомни", "полагает", "убежден", "утвержда", "словам"};

constexpr std::string_view kEnglishWords[] = {
    "said", "says", "told", "added", "stated", "noted", "stressed", "emphasized", "explained",
    "according", "believes", "declared", "quoted", "wrote", "announced", "insisted", "recalled",
    "warned", "claimed", "emphasised", "say", "tells", "confirmed", "admitted", "acknowledged"};

constexpr int kSpeakerDistance = 5;  // words between a cue and the speaker's name

// A name after a preposition is where or to whom a statement was made,
// not who made it: «написал Зеленский в Telegram», "told reporters in
// Ankara". ("According to Peskov" names the speaker, and so does a
// preposition right after the verb: «сообщили в Минцифры».)
bool is_preposition(const std::string& word, const std::string& before, bool russian) {
  static const std::vector<std::string> russian_prepositions = {
      "в", "во", "на", "из", "с", "со", "к", "ко", "у", "от", "для", "о", "об", "при", "через", "под", "над", "перед"};
  static const std::vector<std::string> english_prepositions = {"in", "on", "at", "to", "from", "with", "for", "about",
                                                                "into", "via"};
  const auto& list = russian ? russian_prepositions : english_prepositions;
  if (std::find(list.begin(), list.end(), word) == list.end()) return false;
  return russian || word != "to" || before != "according";
}

}  // namespace

bool is_speech_cue(std::string_view word, bool russian) {
  if (!russian) return std::find(std::begin(kEnglishWords), std::end(kEnglishWords), word) != std::end(kEnglishWords);
  return std::any_of(std::begin(kRussianStems), std::end(kRussianStems),
                     [&](std::string_view stem) { return word.substr(0, stem.size()) == stem; });
}

std::vector<std::string> names_by_cue(const std::string& text, bool russian, const std::vector<std::string>& names) {
  const std::vector<Token> tokens = tokenize(text);
  std::vector<int> cue_positions;
  struct Word {
    int position;
    std::string text;
    bool placed;  // after a preposition, or after a name that is
  };
  std::vector<Word> words;
  int index = 0;
  std::string before, two_before;
  bool placed = false;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kPunctuation) continue;
    if (is_speech_cue(token.norm, russian)) cue_positions.push_back(index);
    const bool name = std::find(names.begin(), names.end(), token.text) != names.end();
    const bool after_cue = !cue_positions.empty() && cue_positions.back() == index - 2;
    placed = name && ((is_preposition(before, two_before, russian) && !after_cue) || placed);
    words.push_back({index, token.text, placed});
    two_before = std::move(before);
    before = token.norm;
    ++index;
  }
  std::vector<std::string> found;
  for (const auto& [position, word, after_preposition] : words) {
    if (after_preposition || std::find(names.begin(), names.end(), word) == names.end()) continue;
    for (const int cue : cue_positions) {
      if (std::abs(cue - position) <= kSpeakerDistance) {
        found.push_back(word);
        break;
      }
    }
  }
  return found;
}

}  // namespace sverka
