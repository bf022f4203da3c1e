#include "formats/html_report.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "name_fixtures.h"

using namespace sverka;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Two Russian sentences and four English ones: a 1-1 bead, a 1-2 bead and
// an English photo credit the Russian lacks, in a paragraph of its own;
// Peskov named on both sides, one quote each, and a number finding in it.
struct Fixture {
  AlignedDocument document;
  NameTable names;
  std::vector<QuotePair> quotes;

  Fixture() {
    document.source = {{"Песков сказал: «Погибли три военных».", 0, true},
                       {"Это <трагедия> & ошибка.", 0, false}};
    document.target = {{"Peskov said: \"Five soldiers died.\"", 0, true},
                       {"It is a <tragedy>.", 0, false},
                       {"And a mistake.", 0, false},
                       {"Photo: Reuters.", 1, true}};
    document.alignment = {{0, 1, 0, 1, 0.9}, {1, 1, 1, 2, 0.3}, {2, 0, 3, 1, 0}};
    names.entries.push_back(testing::name_entry("Песков", {"Песков"}, "Peskov", 1, 1));
    names.source_mentions = {{{"Песков", "песков", 0, std::string("Песков").size()}}, {}};
    names.target_mentions = {{{"Peskov", "peskov", 0, 6}}, {}, {}, {{"Reuters", "reuters", 7, 14}}};
    names.unmatched.push_back({"Reuters", false, 3});
    QuotePair pair;
    pair.ru_line = 0;
    pair.en_line = 0;
    pair.ru_quote = "Погибли три военных";
    pair.en_quote = "Five soldiers died.";
    pair.flags.push_back({"number", Severity::kError, "три", "Five", "'три' (3) is 'Five' (5) in English"});
    quotes.push_back(pair);
  }

  std::string page() const {
    std::ostringstream out;
    write_html_report(out, HtmlReportInput{"a.ru.txt", "a.en.txt", &document, &names, &quotes});
    return out.str();
  }
};

}  // namespace

TEST_CASE("the review page is one self-contained HTML file with a row per bead") {
  const std::string page = Fixture().page();
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<title>sverka: a.ru.txt / a.en.txt</title>") != std::string::npos);
  // Nothing loaded from elsewhere: the style and the script are inline.
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(count(page, "<tr class=\"bead") == 3);
  CHECK(page.find("beads: 0-1×1 1-1×1 1-2×1") != std::string::npos);
  // The low-confidence bead and the one-sided bead are marked as such; the
  // new paragraph of the English side opens no separator row, as the bead
  // has no Russian sentence to start it.
  CHECK(page.find("<tr class=\"bead low\" id=\"b1\"><td class=\"idx\">1-2</td>") != std::string::npos);
  CHECK(page.find("<tr class=\"bead skip\" id=\"b2\"><td class=\"idx\">0-1</td>") != std::string::npos);
  CHECK(page.find("<td class=\"score\">0.90</td>") != std::string::npos);
  CHECK(page.find("<tr class=\"para\">") == std::string::npos);
}

TEST_CASE("the review page escapes the texts it shows") {
  const std::string page = Fixture().page();
  CHECK(page.find("Это &lt;трагедия&gt; &amp; ошибка.") != std::string::npos);
  CHECK(page.find("It is a &lt;tragedy&gt;.") != std::string::npos);
  CHECK(page.find("<трагедия>") == std::string::npos);
}

TEST_CASE("the review page colours a name alike on both sides and dashes one without a counterpart") {
  const std::string page = Fixture().page();
  CHECK(count(page, "<span class=\"name\" data-entity=\"0\"") == 2);
  CHECK(page.find("title=\"Песков ↔ Peskov\">Песков</span>") != std::string::npos);
  CHECK(page.find("title=\"Песков ↔ Peskov\">Peskov</span>") != std::string::npos);
  CHECK(page.find("<span class=\"name unmatched\" title=\"no counterpart in the aligned sentence\">Reuters</span>") !=
        std::string::npos);
}

TEST_CASE("the review page marks each word of a full name with it, and its surname alone in the same colour") {
  Fixture fixture;
  fixture.names.entries.insert(fixture.names.entries.begin(),
                              testing::name_entry("Дмитрий Песков", {"Дмитрия Пескова"}, "Dmitry Peskov", 1, 1));
  fixture.document.source[1].text = "Это Дмитрия Пескова слова.";
  fixture.names.source_mentions[1] = {{"Дмитрия", "дмитрия", 7, 21}, {"Пескова", "пескова", 22, 36}};
  const std::string page = fixture.page();
  CHECK(page.find("title=\"Дмитрий Песков ↔ Dmitry Peskov\">Дмитрия</span>") != std::string::npos);
  CHECK(page.find("title=\"Дмитрий Песков ↔ Dmitry Peskov\">Пескова</span>") != std::string::npos);
  // Песков alone and the full name share one colour: one person.
  CHECK(count(page, "<span class=\"name\" data-entity=\"0\"") == 4);
}

TEST_CASE("the review page boxes quotes and marks each finding at its words, listed at the top") {
  const std::string page = Fixture().page();
  CHECK(count(page, "<span class=\"quote\">") == 2);
  CHECK(page.find("<mark class=\"finding error\" title=\"number: &apos;три&apos; (3) is &apos;Five&apos; (5) in "
                  "English\">три</mark>") != std::string::npos);
  CHECK(page.find(">Five</mark>") != std::string::npos);
  // Listed at the top with a link to its note under the bead.
  CHECK(page.find("<li><a href=\"#f0\"><span class=\"sev-error\">error</span> [number] ru 0 / en 0:") !=
        std::string::npos);
  CHECK(page.find("<span class=\"note\" id=\"f0\">") != std::string::npos);
  CHECK(page.find("1 quotes, 1 findings") != std::string::npos);
}
