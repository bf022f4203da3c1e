#include "quotes/speech_cues.h"

#include <algorithm>
#include <array>

namespace sverka {
namespace {

// Stems chosen long enough that no common word after a dash shares them:
// «указал», not «указ» (a decree); «ответил», not «ответ» (an answer).
constexpr std::array<std::string_view, 42> kRussianStems = {
    "сказа",    "заяв",      "отметил",  "отметила", "отмети",    "отмеча",    "подчеркну",  "подчеркива",
    "добавил",  "добавля",   "сообщил",  "сообща",   "поясни",    "поясня",    "счита",      "уверен",
    "переда",   "цитиру",    "написал",  "пишет",    "говори",    "говорят",   "рассказа",   "рассказыва",
    "коммент",  "прокоммент", "уточни",  "уточня",   "объясни",   "объясня",   "ответил",    "отвеча",
    "констатир", "резюмир",  "признал",  "признает", "предупреди", "напомни",  "полагает",   "убежден",
    "утвержда", "словам"};

constexpr std::array<std::string_view, 22> kEnglishWords = {
    "said",     "says",      "told",     "added",     "stated",    "noted",    "stressed", "emphasized",
    "explained", "according", "believes", "declared", "quoted",   "wrote",    "announced", "insisted",
    "recalled", "warned",    "claimed",  "emphasised", "say",     "tells"};

}  // namespace

bool is_speech_cue(std::string_view word, bool russian) {
  if (!russian) return std::find(kEnglishWords.begin(), kEnglishWords.end(), word) != kEnglishWords.end();
  return std::any_of(kRussianStems.begin(), kRussianStems.end(),
                     [&](std::string_view stem) { return word.substr(0, stem.size()) == stem; });
}

}  // namespace sverka
