// A name table row for the writers' tests, in one line: the rows they
// print are what they check, not how a row is filled in.
#pragma once

#include <set>
#include <string>
#include <utility>

#include "names/name_table.h"

namespace sverka::testing {

inline NameEntry name_entry(std::string russian, std::set<std::string> forms, std::string english, int count,
                            double total_score) {
  NameEntry entry;
  entry.russian = std::move(russian);
  entry.forms = std::move(forms);
  entry.english = std::move(english);
  entry.count = count;
  entry.total_score = total_score;
  return entry;
}

}  // namespace sverka::testing
