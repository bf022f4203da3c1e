#include "quotes/speech_cues.h"

#include <algorithm>
#include <iterator>

namespace sverka {
namespace {

// Stems chosen long enough that no common word after a dash shares them:
// «указал», not «указ» (a decree); «ответил», not «ответ» (an answer).
constexpr std::string_view kRussianStems[] = {
    "сказа",     "заяв",     "отмети",   "отмеча",     "подчеркну", "подчеркива", "добавил",  "добавля",
    "сообщил",   "сообща",   "поясни",   "поясня",     "счита",     "уверен",     "переда",   "цитиру",
    "написал",   "пишет",    "говори",   "говорят",    "рассказа",  "рассказыва", "коммент",  "прокоммент",
    "уточни",    "уточня",   "объясни",  "объясня",    "ответил",   "отвеча",     "констатир", "резюмир",
    "признал",   "признает", "подтверди", "подтвержда", "предупреди", "напомни",  "полагает",  "убежден",    "утвержда", "словам"};

constexpr std::string_view kEnglishWords[] = {
    "said",     "says",      "told",     "added",     "stated",    "noted",    "stressed", "emphasized",
    "explained", "according", "believes", "declared", "quoted",   "wrote",    "announced", "insisted",
    "recalled", "warned",    "claimed",  "emphasised", "say",     "tells",    "confirmed", "admitted",
    "acknowledged"};

}  // namespace

bool is_speech_cue(std::string_view word, bool russian) {
  if (!russian) return std::find(std::begin(kEnglishWords), std::end(kEnglishWords), word) != std::end(kEnglishWords);
  return std::any_of(std::begin(kRussianStems), std::end(kRussianStems),
                     [&](std::string_view stem) { return word.substr(0, stem.size()) == stem; });
}

}  // namespace sverka
