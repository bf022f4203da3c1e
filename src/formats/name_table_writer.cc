#include "formats/name_table_writer.h"

#include <algorithm>
#include <cstdio>

#include "util/error.h"
#include "util/text_escape.h"
#include "util/utf8.h"

namespace sverka {
namespace {

std::string joined(const std::set<std::string>& forms) {
  std::string out;
  for (const std::string& form : forms) out += (out.empty() ? "" : ", ") + form;
  return out;
}

std::string padded(const std::string& text, std::size_t width) {
  const std::size_t length = count_code_points(text);
  return length >= width ? text + ' ' : text + std::string(width - length, ' ');
}

std::string fixed(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

}  // namespace

NameTableFormat parse_name_table_format(const std::string& name) {
  if (name == "text") return NameTableFormat::kText;
  if (name == "tsv") return NameTableFormat::kTsv;
  if (name == "jsonl") return NameTableFormat::kJsonl;
  throw UsageError("unknown names format '" + name + "' (expected text, tsv or jsonl)");
}

void write_name_table(std::ostream& out, const NameTable& table, NameTableFormat format) {
  if (format == NameTableFormat::kText) {
    // Columns as wide as their longest cell (a full name of three words
    // is), at least as wide as they were for one-word names.
    std::size_t russian = 18, forms = 34, english = 18;
    for (const NameEntry& e : table.entries) {
      russian = std::max(russian, count_code_points(e.russian) + 2);
      forms = std::max(forms, count_code_points(joined(e.forms)) + 2);
      english = std::max(english, count_code_points(e.english) + 2);
    }
    out << padded("Russian", russian) << padded("forms seen", forms) << padded("English", english)
        << "count  conf.  first ru/en\n";
    for (const NameEntry& e : table.entries) {
      out << padded(e.russian, russian) << padded(joined(e.forms), forms) << padded(e.english, english)
          << padded(std::to_string(e.count), 7) << fixed(e.confidence()) << "  " << e.first_source << '/'
          << e.first_target << '\n';
    }
    if (!table.unmatched.empty()) out << "\nWithout a counterpart in the aligned sentence:\n";
    for (const UnmatchedName& u : table.unmatched) {
      out << "  " << (u.russian ? "ru" : "en") << " sentence " << u.sentence << ": " << u.text << '\n';
    }
    return;
  }
  for (const NameEntry& e : table.entries) {
    if (format == NameTableFormat::kTsv) {
      out << tsv_field(e.russian) << '\t' << tsv_field(joined(e.forms)) << '\t' << tsv_field(e.english) << '\t'
          << e.count << '\t' << fixed(e.confidence()) << '\t' << e.first_source << '\t' << e.first_target << '\n';
    } else {
      out << "{\"ru\":" << json_quote(e.russian) << ",\"ru_forms\":[";
      bool first = true;
      for (const std::string& form : e.forms) {
        out << (first ? "" : ",") << json_quote(form);
        first = false;
      }
      out << "],\"en\":" << json_quote(e.english) << ",\"count\":" << e.count << ",\"confidence\":"
          << fixed(e.confidence()) << ",\"first_ru\":" << e.first_source << ",\"first_en\":" << e.first_target
          << "}\n";
    }
  }
  for (const UnmatchedName& u : table.unmatched) {
    if (format == NameTableFormat::kTsv) {
      out << (u.russian ? tsv_field(u.text) : "") << '\t' << "" << '\t' << (u.russian ? "" : tsv_field(u.text))
          << "\t0\t0.000\t" << (u.russian ? std::to_string(u.sentence) : "") << '\t'
          << (u.russian ? "" : std::to_string(u.sentence)) << '\n';
    } else {
      out << "{\"unmatched\":" << json_quote(u.text) << ",\"side\":\"" << (u.russian ? "ru" : "en")
          << "\",\"sentence\":" << u.sentence << "}\n";
    }
  }
}

}  // namespace sverka
