// Conventional English names no transliteration gives: the curated table
// lexicons/names.ru-en.tsv (Кремль ↔ Kremlin, Генштаб ↔ General Staff,
// Пекин ↔ Beijing), read once and looked up by Russian dictionary form.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace sverka {

// lexicons/names.ru-en.tsv: Russian dictionary form → English name(s).
class NameConventions {
 public:
  static NameConventions load(const std::string& path);
  static NameConventions parse(const std::string& text, const std::string& file_name);
  // English names for a Russian dictionary form (lower case), or nullptr.
  const std::vector<std::string>* english(const std::string& russian) const;

 private:
  std::map<std::string, std::vector<std::string>> table_;
};

}  // namespace sverka
