#include "names/name_table.h"

#include <catch2/catch.hpp>
#include <map>

#include "lexicon/lemmatizer.h"
#include "test_paths.h"

using namespace sverka;

namespace {
// The names left without a counterpart when one Russian sentence faces one
// English sentence.
std::vector<std::string> leftover_names(NameTableBuilder& builder, const std::string& ru, const std::string& en) {
  std::vector<std::string> names;
  for (const UnmatchedName& u : builder.build({{ru, 0, true}}, {{en, 0, true}}, {{0, 1, 0, 1, 1}}).unmatched) {
    names.push_back(u.text);
  }
  return names;
}
}  // namespace

TEST_CASE("names pair inside aligned sentences, by convention and by sound") {
  const NameConventions conventions =
      NameConventions::parse("кремль\tKremlin\tsource\nгенштаб\tGeneral Staff\tsource\n", "n.tsv");
  const std::unordered_set<std::string> stopwords = {"the", "this", "в", "об"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  NameTableBuilder builder(conventions, NameSide{common, &stopwords}, NameSide{common, &stopwords});
  const std::vector<Sentence> ru = {{"В Кремле заявили, что Песков и Генштаб правы.", 0, true},
                                    {"Об этом сообщил Лавров.", 0, false}};
  const std::vector<Sentence> en = {{"The Kremlin said Peskov and the General Staff were right.", 0, true},
                                    {"This was reported by Shoigu.", 0, false}};
  const align::Alignment alignment = {{0, 1, 0, 1, 1}, {1, 1, 1, 1, 1}};
  const NameTable table = builder.build(ru, en, alignment);
  REQUIRE(table.entries.size() == 3);
  CHECK(table.entries[0].russian == "Кремль");
  CHECK(table.entries[0].english == "Kremlin");
  CHECK(table.entries[1].russian == "Песков");
  CHECK(table.entries[2].english == "General Staff");
  // Лавров ↔ Shoigu is no match: both are reported.
  REQUIRE(table.unmatched.size() == 2);
  CHECK(table.unmatched[0].text == "Shoigu");
  CHECK(table.unmatched[1].text == "Лавров");
  // Asked for one side's leftovers, the same table lists only those.
  const NameTable english = builder.build(ru, en, alignment, Leftovers::kEnglish);
  CHECK(english.entries.size() == 3);
  REQUIRE(english.unmatched.size() == 1);
  CHECK(english.unmatched[0].text == "Shoigu");
  const NameTable russian = builder.build(ru, en, alignment, Leftovers::kRussian);
  REQUIRE(russian.unmatched.size() == 1);
  CHECK(russian.unmatched[0].text == "Лавров");
}

TEST_CASE("one Russian word may be two English names: hyphened, or one word no single name sounds like") {
  const std::unordered_set<std::string> stopwords = {"we", "will", "be", "in", "and", "the", "school", "мы", "будем",
                                                     "в", "и"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  NameTableBuilder builder(NameConventions(), NameSide{common, &stopwords}, NameSide{common, &stopwords});
  const std::vector<Sentence> ru = {{"Мы будем в Лос-Анджелесе и в Гонконге.", 0, true}};
  const std::vector<Sentence> en = {{"We will be in Los Angeles and in Hong Kong.", 0, true}};
  const NameTable table = builder.build(ru, en, {{0, 1, 0, 1, 1}});
  REQUIRE(table.entries.size() == 2);
  CHECK(table.entries[0].russian == "Лос-Анджелес");
  CHECK(table.entries[0].english == "Los Angeles");
  CHECK(table.entries[1].english == "Hong Kong");
  CHECK(table.unmatched.empty());
  // An acronym pairs with a word of about its length only: США is no Scholz.
  const NameTable acronym = builder.build({{"Мы будем в США и в НАТО.", 0, true}},
                                          {{"We will be in Scholz and in NATO.", 0, true}}, {{0, 1, 0, 1, 1}});
  REQUIRE(acronym.entries.size() == 1);
  CHECK(acronym.entries[0].english == "NATO");
  // «Лондонской» sounds like London alone: no run of names is tried.
  const NameTable london = builder.build({{"Мы будем в Лондонской школе.", 0, true}},
                                         {{"We will be in the London School.", 0, true}}, {{0, 1, 0, 1, 1}});
  REQUIRE_FALSE(london.entries.empty());
  CHECK(london.entries[0].english == "London");
}

TEST_CASE("a first word the dictionary knows is a name when the English names it as its convention does") {
  const NameConventions conventions =
      NameConventions::parse("госдума\tState Duma Duma\tsource\nбольшой\tG7 Big\tsource\n"
                             "минфин\tFinance Ministry\tsource\n", "n.tsv");
  const std::unordered_set<std::string> russian_words = {"госдума", "большой", "приняла", "закон", "вопрос", "об"};
  // "duma" is an English word too (en_US lists it): its capital makes it the name.
  const std::unordered_set<std::string> english_words = {"a",    "the",     "state",    "passed", "law", "big",
                                                         "question", "this", "finance", "ministry", "duma"};
  const CommonWordTest russian_common = [&](const std::string& w) { return russian_words.count(w) > 0; };
  const CommonWordTest english_common = [&](const std::string& w) { return english_words.count(w) > 0; };
  const std::unordered_set<std::string> none;
  NameTableBuilder builder(conventions, NameSide{russian_common, &none}, NameSide{english_common, &none});
  const NameTable duma = builder.build({{"Госдума приняла закон.", 0, true}},
                                       {{"The State Duma passed the law.", 0, true}}, {{0, 1, 0, 1, 1}});
  REQUIRE(duma.entries.size() == 1);
  CHECK(duma.entries[0].english == "State Duma");
  // «Большой» opening a sentence is a common word where no "G7" is said.
  const NameTable big =
      builder.build({{"Большой вопрос.", 0, true}}, {{"A big question.", 0, true}}, {{0, 1, 0, 1, 1}});
  CHECK(big.entries.empty());
  CHECK(big.unmatched.empty());
  // A convention's words are taken on both sides of the one it met.
  const NameTable ministry =
      builder.build({{"Об этом сообщил Минфин.", 0, true}}, {{"This was reported by the Finance Ministry.", 0, true}},
                    {{0, 1, 0, 1, 1}});
  REQUIRE(ministry.entries.size() == 1);
  CHECK(ministry.entries[0].english == "Finance Ministry");
}

TEST_CASE("a full name is one entry when its words follow each other on both sides") {
  const NameConventions conventions =
      NameConventions::parse("россия\tRussia\tsource\nтурция\tTurkey\tsource\n", "n.tsv");
  const std::unordered_set<std::string> stopwords = {"the", "и", "with", "в", "and"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  NameTableBuilder builder(conventions, NameSide{common, &stopwords}, NameSide{common, &stopwords});
  const std::vector<Sentence> ru = {
      {"Встреча Владимира Путина и Реджепа Тайипа Эрдогана прошла в России Турции.", 0, true},
      {"Эрдоган и Дмитрий Сергеевич Песков молчали.", 0, false}};
  const std::vector<Sentence> en = {
      {"Vladimir Putin met Recep Tayyip Erdogan in Russia Turkey.", 0, true},
      {"Erdogan and Dmitry Peskov were silent.", 0, false}};
  const align::Alignment alignment = {{0, 1, 0, 1, 1}, {1, 1, 1, 1, 1}};
  const NameTable table = builder.build(ru, en, alignment);
  std::vector<std::pair<std::string, std::string>> rows;
  for (const NameEntry& e : table.entries) rows.emplace_back(e.russian, e.english);
  // Adjacent names by convention stay apart; a patronymic the English
  // leaves out breaks the run (Дмитрий and Песков are two entries).
  CHECK(rows == std::vector<std::pair<std::string, std::string>>{{"Владимир Путин", "Vladimir Putin"},
                                                                  {"Реджеп Тайип Эрдоган", "Recep Tayyip Erdogan"},
                                                                  {"Россия", "Russia"},
                                                                  {"Турция", "Turkey"},
                                                                  {"Эрдоган", "Erdogan"},
                                                                  {"Дмитрий", "Dmitry"},
                                                                  {"Песков", "Peskov"}});
  CHECK(table.entries[1].forms == std::set<std::string>{"Реджепа Тайипа Эрдогана"});
  CHECK(table.entries[1].count == 1);
  CHECK(table.entries[1].confidence() > kNameMatchThreshold);
}

TEST_CASE("a name written alike on both sides accounts for a leftover only as often as it is there") {
  const std::unordered_set<std::string> stopwords = {"или", "or"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  NameTableBuilder builder(NameConventions(), NameSide{common, &stopwords}, NameSide{common, &stopwords});
  const auto unmatched = [&](const std::string& ru, const std::string& en) { return leftover_names(builder, ru, en); };
  CHECK(
      unmatched("Код \"Black Tie\" или \"Creative Black Tie\".", "Code 'Black Tie' or 'Creative Black Tie'.").empty());
  CHECK(unmatched("Код \"Black Tie\" или \"Creative Black Tie\".", "Code 'Black Health' or 'Creative Black Tie'.") ==
        std::vector<std::string>{"Health", "Tie"});
}

TEST_CASE("a name may stand for a lower-case Russian word: spelled out, a people, a compound's part") {
  const std::unordered_set<std::string> stopwords = {"the", "of", "is", "by", "and", "это", "и", "наш", "our"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  const TranslationTest translates = [](const std::string& russian, const std::string& english) {
    return russian == "египетские" && english == "egyptian";
  };
  NameTableBuilder builder(NameConventions(), NameSide{common, &stopwords}, NameSide{common, &stopwords}, translates);
  const auto unmatched = [&](const std::string& ru, const std::string& en) { return leftover_names(builder, ru, en); };
  CHECK(unmatched("Наш альбом «Белая ночь»", "Our album 'Belaya Noch'").empty());
  CHECK(unmatched("это выбор каледонцев", "this is the choice of the Caledonians").empty());
  CHECK(unmatched("это древнеегипетские рукописи", "these are ancient Egyptian manuscripts").empty());
  // A name that is none of these is still left over.
  CHECK(unmatched("это выбор каледонцев", "this is the choice of the Tasmanians") ==
        std::vector<std::string>{"Tasmanians"});
}

TEST_CASE("a hyphened name is found by its last part, which alone declines and alone is in the dictionary") {
  const std::unordered_set<std::string> stopwords = {"the", "of", "and", "with", "страны", "и", "с"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  const auto lemmas = [](const std::string& word) {
    static const std::map<std::string, std::string> table = {{"восточной", "восточный"},
                                                             {"африканской", "африканский"}};
    const auto found = table.find(word);
    return found == table.end() ? std::vector<std::string>{} : std::vector<std::string>{found->second};
  };
  NameConventions conventions = NameConventions::parse(
      "юго-восточный\tSoutheast\tUNTERM\nафриканский\tAfrican Africa\tUNTERM\nазия\tAsia\tUNTERM\n", "names.tsv");
  NameTableBuilder builder(conventions, NameSide{common, &stopwords, lemmas}, NameSide{common, &stopwords});
  const auto unmatched = [&](const std::string& ru, const std::string& en) { return leftover_names(builder, ru, en); };
  // юго-восточной: юго- and the lemma of восточной; южно-африканской:
  // the compound's part after южно- and its hyphen.
  CHECK(unmatched("страны Юго-Восточной Азии", "the countries of Southeast Asia").empty());
  // (South, a common word, is for the quote check to set aside.)
  CHECK(unmatched("с Южно-Африканской", "with South Africa") == std::vector<std::string>{"South"});
}

TEST_CASE("a name the dictionary translates is shown in the dictionary's form, not the closest spelling") {
  const std::unordered_set<std::string> stopwords = {"в", "и", "из", "in", "and", "from", "the"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  // A dictionary of six headwords, with a lemmatizer that knows only the
  // adjectives and the noun and gives other words back as they are.
  const std::map<std::string, std::string> headwords = {{"ливия", "libya"},       {"египет", "egypt"},
                                                        {"центральный", "central"}, {"африканский", "african"},
                                                        {"республика", "republic"}, {"каир", "cairo"}};
  const std::map<std::string, std::string> known = {{"центральной", "центральный"}, {"центральная", "центральный"},
                                                    {"африканской", "африканский"}, {"африканская", "африканский"},
                                                    {"республике", "республика"}};
  NameSide russian{common, &stopwords, [&](const std::string& word) {
                     const auto it = known.find(word);
                     return std::vector<std::string>{it == known.end() ? word : it->second};
                   }};
  const TranslationTest translates = [&](const std::string& ru, const std::string& en) {
    for (const std::string& lemma : russian.lemmas(ru)) {
      const auto it = headwords.find(lemma);
      if (it != headwords.end() && it->second == en) return true;
    }
    return false;
  };
  NameTableBuilder builder(NameConventions(), russian, NameSide{common, &stopwords}, translates);
  const NameTable table = builder.build({{"В Ливии и Египте, из Каира и Центральной Африканской Республике.", 0, true}},
                                        {{"In Libya and Egypt, from Cairo and the Central African Republic.", 0, true}},
                                        {{0, 1, 0, 1, 1}});
  std::vector<std::string> russian_names;
  for (const NameEntry& e : table.entries) russian_names.push_back(e.russian);
  CHECK(russian_names ==
        std::vector<std::string>{"Ливия", "Египет", "Каир", "Центральная Африканская Республика"});
}

TEST_CASE("a name paired by sound is shown as Russian writes its nominative") {
  const std::unordered_set<std::string> stopwords = {"в", "и", "из", "in", "and", "from", "the", "of"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  NameTableBuilder builder(NameConventions(), NameSide{common, &stopwords}, NameSide{common, &stopwords});
  const NameTable table = builder.build({{"В Каталонии и Лондонской области у Яблоньского и Марьи.", 0, true}},
                                        {{"In Catalonia and the London region with Yablonsky and Mary.", 0, true}},
                                        {{0, 1, 0, 1, 1}});
  std::vector<std::string> russian_names;
  for (const NameEntry& e : table.entries) russian_names.push_back(e.russian);
  // Not "Каталониа", "Лондонск", "Яблоньск", "Марь": the spellings closest to the English.
  CHECK(russian_names == std::vector<std::string>{"Каталония", "Лондонская", "Яблоньский", "Марья"});
}

TEST_CASE("a Latin name of the Russian text is listed only when the English spells it otherwise") {
  const std::unordered_set<std::string> stopwords = {"в", "и", "по", "in", "and", "on", "the"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  NameTableBuilder builder(NameConventions(), NameSide{common, &stopwords}, NameSide{common, &stopwords});
  const NameTable table = builder.build({{"По радио Sputnik и в Prize сказали об Omikron.", 0, true}},
                                        {{"On Sputnik radio and in Prince they spoke of Omicron.", 0, true}},
                                        {{0, 1, 0, 1, 1}});
  std::vector<std::pair<std::string, std::string>> rows;
  for (const NameEntry& e : table.entries) rows.emplace_back(e.russian, e.english);
  // Sputnik is written alike (nothing to map); Prize and Prince only look alike.
  CHECK(rows == std::vector<std::pair<std::string, std::string>>{{"Omikron", "Omicron"}});
}

TEST_CASE("a name the Russian dictionary lists is shown in its listed form") {
  Lemmatizer lemmatizer("ru", testing::paths().hunspell);
  const std::unordered_set<std::string> stopwords = {"в", "и", "у", "с", "in", "and", "with", "at", "the"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  NameSide russian{common, &stopwords, nullptr,
                   [&](const std::string& written) { return lemmatizer.proper_name_lemmas(written); }};
  NameTableBuilder builder(NameConventions(), russian, NameSide{common, &stopwords});
  const NameTable table = builder.build({{"В Варшаве и Шотландии у Аиды с Матвеем и Александра.", 0, true}},
                                        {{"In Warsaw and Scotland at Aida's with Matthew and Alexander.", 0, true}},
                                        {{0, 1, 0, 1, 1}});
  std::vector<std::string> russian_names;
  for (const NameEntry& e : table.entries) russian_names.push_back(e.russian);
  // Not "Варшав", "Шотландии", "Матве": the sound match's closest spellings.
  // Аиды is Aida's, not a form of Аид; Александра is Alexander's here.
  CHECK(russian_names == std::vector<std::string>{"Варшава", "Шотландия", "Аида", "Матвей", "Александр"});
}

TEST_CASE("a quoted name translated word for word is one entry, its words neither paired by sound nor left over") {
  const std::unordered_set<std::string> stopwords = {"the", "party", "won", "партия", "победила"};
  const CommonWordTest common = [&](const std::string& word) { return stopwords.count(word) > 0; };
  const TranslationTest translates = [](const std::string& ru, const std::string& en) {
    return (ru == "единая" && en == "united") || (ru == "единый" && en == "united");
  };
  const auto lemmas = [](const std::string& word) {
    if (word == "единая") return std::vector<std::string>{"единый"};
    return word == "россия" ? std::vector<std::string>{"россия"} : std::vector<std::string>{};
  };
  NameTableBuilder builder(NameConventions(), NameSide{common, &stopwords, lemmas}, NameSide{common, &stopwords},
                           translates);
  const NameTable table = builder.build({{"Партия «Единая Россия» победила.", 0, true}},
                                        {{"The United Russia party won.", 0, true}}, {{0, 1, 0, 1, 1}});
  REQUIRE(table.entries.size() == 1);
  CHECK(table.entries[0].russian == "Единая Россия");
  CHECK(table.entries[0].english == "United Russia");
  CHECK(table.entries[0].forms == std::set<std::string>{"Единая Россия"});
  CHECK(table.unmatched.empty());
  // Without a dictionary, only the part that sounds alike pairs.
  NameTableBuilder by_sound(NameConventions(), NameSide{common, &stopwords, lemmas}, NameSide{common, &stopwords});
  const NameTable sound = by_sound.build({{"Партия «Единая Россия» победила.", 0, true}},
                                         {{"The United Russia party won.", 0, true}}, {{0, 1, 0, 1, 1}});
  REQUIRE(sound.entries.size() == 1);
  CHECK(sound.entries[0].english == "Russia");
}
