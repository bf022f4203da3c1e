#include "names/name_conventions.h"

#include "text/normalizer.h"
#include "text/text_reader.h"
#include "text/tokenizer.h"
#include "util/tsv_rows.h"

namespace sverka {

NameConventions NameConventions::load(const std::string& path) { return parse(read_text_file(path), path); }

NameConventions NameConventions::parse(const std::string& text, const std::string& file_name) {
  NameConventions conventions;
  for_each_tsv_row(text, file_name, 2, "russian<TAB>english<TAB>source",
                   [&](const std::vector<std::string>& fields, std::uint64_t) {
    auto& names = conventions.table_[normalize_for_matching(fields[0])];
    for (const Token& token : tokenize(fields[1])) {
      if (token.kind != TokenKind::kPunctuation) names.push_back(token.norm);
    }
  });
  return conventions;
}

const std::vector<std::string>* NameConventions::english(const std::string& russian) const {
  const auto it = table_.find(russian);
  return it == table_.end() ? nullptr : &it->second;
}

}  // namespace sverka
