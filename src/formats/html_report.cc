#include "formats/html_report.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>

#include "names/name_mentions.h"
#include "quotes/quote_spans.h"
#include "util/text_escape.h"

namespace sverka {
namespace {

// A stretch of a sentence to wrap in a tag. Intervals nest; one that
// crosses an already open one is left out rather than breaking the markup.
struct Interval {
  std::size_t begin, end;
  std::string open, close;
};

std::string annotate(const std::string& text, std::vector<Interval> intervals) {
  std::stable_sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::string out;
  std::vector<const Interval*> open;
  std::size_t pos = 0;
  const auto emit_until = [&](std::size_t until) {
    while (!open.empty() && open.back()->end <= until) {
      out += xml_escape(text.substr(pos, open.back()->end - pos));
      pos = open.back()->end;
      out += open.back()->close;
      open.pop_back();
    }
    out += xml_escape(text.substr(pos, until - pos));
    pos = until;
  };
  for (const Interval& interval : intervals) {
    if (interval.end <= interval.begin || interval.end > text.size() || interval.begin < pos) continue;
    emit_until(interval.begin);
    if (!open.empty() && interval.end > open.back()->end) continue;  // would cross
    out += interval.open;
    open.push_back(&interval);
  }
  emit_until(text.size());
  return out;
}

std::string fixed(double value, int digits = 3) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

std::string entity_style(std::size_t entity) {
  return "background:hsl(" + std::to_string((entity * 47) % 360) + ",70%,85%)";
}

constexpr const char* kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222}
header{padding:12px 20px;background:#f4f4f6;border-bottom:1px solid #ddd}
h1{font-size:18px;margin:0 0 6px}
.meta span{margin-right:18px}
.findings{margin:8px 0 0;padding-left:20px;max-height:180px;overflow:auto}
.findings a{color:inherit}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{vertical-align:top;padding:6px 10px;border-bottom:1px solid #eee}
td.idx{width:70px;color:#888;font-size:12px}
td.score{width:54px;color:#888;font-size:12px;text-align:right}
tr.low td.score{color:#b35900;font-weight:bold}
tr.skip{background:#fff3e0}
tr.skip td.idx::after{content:" only one side";color:#b35900}
tr.para td{border-bottom:2px solid #ccc;padding:0}
.name{border-radius:3px;padding:0 2px}
.name.unmatched{background:none;border-bottom:2px dashed #c62828}
.quote{outline:1px solid #7b8cde;background:#f3f5ff;border-radius:3px}
mark.finding{background:#ffe08a}
mark.finding.error{background:#ffb3b3}
tr.notes td{background:#fffbe6;font-size:13px;border-bottom:1px solid #f0d98c}
.note{display:block}
.note.current{outline:2px solid #d32f2f}
.sev-error{color:#c62828;font-weight:bold}
.sev-warning{color:#b35900;font-weight:bold}
svg{vertical-align:middle}
)";

// One script for the whole page: n and p move between findings.
constexpr const char* kScript = R"(
(function(){var notes=document.querySelectorAll('.note');var i=-1;
function go(d){if(!notes.length)return;if(i>=0)notes[i].classList.remove('current');
i=(i+d+notes.length)%notes.length;notes[i].classList.add('current');
notes[i].scrollIntoView({block:'center'});}
document.addEventListener('keydown',function(e){if(e.target.tagName==='INPUT')return;
if(e.key==='n')go(1);else if(e.key==='p')go(-1);});})();
)";

std::string histogram(const align::Alignment& alignment) {
  std::array<int, 10> bins{};
  for (const align::Bead& bead : alignment) {
    if (bead.source_count == 0 || bead.target_count == 0) continue;
    ++bins[static_cast<std::size_t>(std::min(9.0, bead.score * 10))];
  }
  const int top = std::max(1, *std::max_element(bins.begin(), bins.end()));
  std::string svg = "<svg width=\"120\" height=\"32\" role=\"img\" aria-label=\"bead scores\">";
  for (std::size_t k = 0; k < bins.size(); ++k) {
    const int height = 30 * bins[k] / top;
    svg += "<rect x=\"" + std::to_string(k * 12) + "\" y=\"" + std::to_string(31 - height) +
           "\" width=\"10\" height=\"" + std::to_string(height) + "\" fill=\"#7b8cde\"><title>" +
           fixed(static_cast<double>(k) / 10, 1) + "-" + fixed(static_cast<double>(k + 1) / 10, 1) + ": " +
           std::to_string(bins[k]) + "</title></rect>";
  }
  return svg + "</svg>";
}

struct SideMarks {
  std::vector<std::vector<Interval>> by_sentence;
};

using Marks = std::vector<std::vector<Interval>>;  // per sentence

// Splits a name into its words: a full name's mentions are single words.
template <typename Use>
void for_each_word(const std::string& text, const Use& use) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t space = std::min(text.find(' ', start), text.size());
    use(text.substr(start, space - start));
    start = space + 1;
  }
}

// Names: one colour per entity (per Russian dictionary form, so Россия is
// one colour for Russia and Russian; a full name takes its last word's, so
// Дмитрий Песков and a later Песков are one person), the mapping on hover;
// unmatched names dashed.
void mark_names(const NameTable& names, Marks& ru_marks, Marks& en_marks) {
  std::map<std::string, std::size_t> colour_of_lemma;
  std::vector<std::size_t> colour(names.entries.size());
  for (std::size_t k = 0; k < names.entries.size(); ++k) {
    const std::string& russian = names.entries[k].russian;
    const std::string last_word = russian.substr(russian.rfind(' ') == std::string::npos ? 0 : russian.rfind(' ') + 1);
    colour[k] = colour_of_lemma.emplace(last_word, colour_of_lemma.size()).first->second;
  }
  std::map<std::string, std::size_t> ru_entity, en_entity;
  for (std::size_t k = 0; k < names.entries.size(); ++k) {
    for (const std::string& form : names.entries[k].forms) {
      for_each_word(form, [&](const std::string& word) { ru_entity.emplace(word, k); });
    }
    for_each_word(names.entries[k].english, [&](const std::string& word) { en_entity.emplace(word, k); });
  }
  std::set<std::pair<std::size_t, std::string>> ru_unmatched, en_unmatched;
  for (const UnmatchedName& u : names.unmatched) (u.russian ? ru_unmatched : en_unmatched).insert({u.sentence, u.text});
  const auto mark_side = [&](const std::vector<std::vector<NameMention>>& mentions,
                             const std::map<std::string, std::size_t>& entities,
                             const std::set<std::pair<std::size_t, std::string>>& unmatched, Marks& marks) {
    for (std::size_t s = 0; s < mentions.size(); ++s) {
      for (const NameMention& m : mentions[s]) {
        const auto entity = entities.find(m.text);
        if (entity != entities.end()) {
          const NameEntry& e = names.entries[entity->second];
          marks[s].push_back({m.begin, m.end,
                              "<span class=\"name\" data-entity=\"" + std::to_string(colour[entity->second]) +
                                  "\" style=\"" + entity_style(colour[entity->second]) + "\" title=\"" +
                                  xml_escape(e.russian + " ↔ " + e.english) +
                                  "\">",
                              "</span>"});
        } else if (unmatched.count({s, m.text})) {
          marks[s].push_back({m.begin, m.end,
                              "<span class=\"name unmatched\" title=\"no counterpart in the aligned sentence\">",
                              "</span>"});
        }
      }
    }
  };
  mark_side(names.source_mentions, ru_entity, ru_unmatched, ru_marks);
  mark_side(names.target_mentions, en_entity, en_unmatched, en_marks);
}

// Quotes boxed.
void mark_quotes(const std::vector<Sentence>& sentences, bool russian, Marks& marks) {
  QuoteSpanner spanner = spanner_for(sentences, russian);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (const QuoteSpan& span : spanner.next_sentence(sentences[s].text)) {
      marks[s].push_back({span.begin, span.end, "<span class=\"quote\">", "</span>"});
    }
  }
}

struct Finding {
  std::size_t id;
  const QuotePair* pair;
  const QuoteFlag* flag;
};

// Findings, numbered, each marked at its span in the text.
std::vector<Finding> mark_findings(const AlignedDocument& doc, const std::vector<QuotePair>& quotes,
                                   Marks& ru_marks, Marks& en_marks) {
  std::vector<Finding> findings;
  for (const QuotePair& pair : quotes) {
    for (const QuoteFlag& flag : pair.flags) {
      const std::size_t id = findings.size();
      findings.push_back({id, &pair, &flag});
      const std::string open = "<mark class=\"finding " + std::string(severity_name(flag.severity)) + "\" title=\"" +
                               xml_escape(flag.type + ": " + flag.explanation) + "\">";
      const auto mark_span = [&](const std::vector<Sentence>& sentences, std::size_t s, const std::string& span,
                                 Marks& marks) {
        if (span.empty() || s >= sentences.size()) return;
        const std::size_t at = sentences[s].text.find(span);
        if (at != std::string::npos) marks[s].push_back({at, at + span.size(), open, "</mark>"});
      };
      mark_span(doc.source, pair.ru_line, flag.ru_span, ru_marks);
      mark_span(doc.target, pair.en_line, flag.en_span, en_marks);
    }
  }
  return findings;
}

// The page's head and header: file names, counts, bead shapes, the
// confidence histogram, and every finding linked to its note.
void write_header(std::ostream& out, const HtmlReportInput& input, const std::vector<Finding>& findings) {
  const AlignedDocument& doc = *input.document;
  std::map<std::string, int> shapes;
  double score_sum = 0;
  int scored = 0;
  for (const align::Bead& bead : doc.alignment) {
    ++shapes[std::to_string(bead.source_count) + "-" + std::to_string(bead.target_count)];
    if (bead.source_count > 0 && bead.target_count > 0) {
      score_sum += bead.score;
      ++scored;
    }
  }
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width\"><title>sverka: "
      << xml_escape(input.source_file) << " / " << xml_escape(input.target_file) << "</title><style>" << kStyle
      << "</style></head><body>\n<header><h1>" << xml_escape(input.source_file) << " ↔ "
      << xml_escape(input.target_file) << "</h1><div class=\"meta\"><span>" << doc.source.size()
      << " Russian sentences</span><span>" << doc.target.size() << " English sentences</span><span>beads:";
  for (const auto& [shape, count] : shapes) out << ' ' << shape << "×" << count;
  out << "</span><span>mean confidence " << fixed(scored ? score_sum / scored : 0) << "</span>"
      << histogram(doc.alignment) << "<span>" << input.names->entries.size() << " names</span><span>"
      << input.quotes->size() << " quotes, " << findings.size()
      << " findings (n / p to step through)</span></div>\n<ol class=\"findings\">";
  for (const Finding& f : findings) {
    out << "<li><a href=\"#f" << f.id << "\"><span class=\"sev-" << severity_name(f.flag->severity) << "\">"
        << severity_name(f.flag->severity) << "</span> [" << xml_escape(f.flag->type) << "] ru " << f.pair->ru_line
        << " / en " << f.pair->en_line << ": " << xml_escape(f.flag->explanation) << "</a></li>";
  }
  out << "</ol></header>\n";
}

// A row per bead, its sentences annotated, and under it the notes of the
// findings it holds (each once, under the first bead that holds it).
void write_rows(std::ostream& out, const AlignedDocument& doc, const std::vector<Finding>& findings,
                const Marks& ru_marks, const Marks& en_marks) {
  constexpr double kLowConfidence = 0.5;
  std::vector<bool> noted(findings.size(), false);
  for (std::size_t b = 0; b < doc.alignment.size(); ++b) {
    const align::Bead& bead = doc.alignment[b];
    const bool skip = bead.source_count == 0 || bead.target_count == 0;
    if (b > 0 && bead.source_count > 0 && doc.source[bead.source_begin].starts_paragraph)
      out << "<tr class=\"para\"><td colspan=\"4\"></td></tr>\n";
    const char* kind = skip ? " skip" : bead.score < kLowConfidence ? " low" : "";
    out << "<tr class=\"bead" << kind << "\" id=\"b" << b << "\"><td class=\"idx\">" << bead.source_count << '-'
        << bead.target_count << "</td><td class=\"ru\" lang=\"ru\">";
    for (std::uint32_t s = bead.source_begin; s < bead.source_begin + bead.source_count; ++s) {
      out << annotate(doc.source[s].text, ru_marks[s]) << ' ';
    }
    out << "</td><td class=\"en\" lang=\"en\">";
    for (std::uint32_t t = bead.target_begin; t < bead.target_begin + bead.target_count; ++t) {
      out << annotate(doc.target[t].text, en_marks[t]) << ' ';
    }
    out << "</td><td class=\"score\">" << (skip ? "" : fixed(bead.score, 2)) << "</td></tr>\n";
    std::string notes;
    for (const Finding& f : findings) {
      const bool here =
          (f.pair->en_line >= bead.target_begin && f.pair->en_line < bead.target_begin + bead.target_count) ||
          (f.pair->ru_line >= bead.source_begin && f.pair->ru_line < bead.source_begin + bead.source_count);
      if (!here || noted[f.id]) continue;
      noted[f.id] = true;
      notes += "<span class=\"note\" id=\"f" + std::to_string(f.id) + "\"><span class=\"sev-" +
               severity_name(f.flag->severity) + "\">" + severity_name(f.flag->severity) + "</span> [" +
               xml_escape(f.flag->type) + "] " + xml_escape(f.flag->explanation) + "</span>";
    }
    if (!notes.empty()) out << "<tr class=\"notes\"><td></td><td colspan=\"3\">" << notes << "</td></tr>\n";
  }
}

}  // namespace

void write_html_report(std::ostream& out, const HtmlReportInput& input) {
  const AlignedDocument& doc = *input.document;
  Marks ru_marks(doc.source.size()), en_marks(doc.target.size());
  mark_names(*input.names, ru_marks, en_marks);
  mark_quotes(doc.source, true, ru_marks);
  mark_quotes(doc.target, false, en_marks);
  const std::vector<Finding> findings = mark_findings(doc, *input.quotes, ru_marks, en_marks);
  write_header(out, input, findings);
  out << "<table><tbody>\n";
  write_rows(out, doc, findings, ru_marks, en_marks);
  out << "</tbody></table>\n<script>" << kScript << "</script></body></html>\n";
}

}  // namespace sverka
