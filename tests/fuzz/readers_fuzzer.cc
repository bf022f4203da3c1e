// libFuzzer target: the line-format readers (bead notation, JSON lines,
// abbreviation lists, TSV rows), the dictd index and entry bodies the
// lexicon is built from, the binary lexicon reader and the Hunspell affix
// and dictionary reader, on arbitrary bytes. Errors are InputErrors,
// nothing else.
#include <cstdint>
#include <string>

#include "formats/bead_text.h"
#include "lexicon/affix_stemmer.h"
#include "lexicon/bilingual_lexicon.h"
#include "lexicon/dictd_reader.h"
#include "lexicon/dictionary_entries.h"
#include "text/abbreviations.h"
#include "util/error.h"
#include "util/json_line.h"
#include "util/tsv_rows.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    sverka::parse_beads(text, "fuzz");
  } catch (const sverka::InputError&) {
  }
  try {
    sverka::parse_flat_json(text, "fuzz", 1);
  } catch (const sverka::InputError&) {
  }
  try {
    sverka::Abbreviations::parse(text, "fuzz");
  } catch (const sverka::InputError&) {
  }
  try {
    sverka::for_each_tsv_row(text, "fuzz", 2, "a<TAB>b", [](const std::vector<std::string>&, std::uint64_t) {});
  } catch (const sverka::InputError&) {
  }
  sverka::mueller_translations(text);
  sverka::freedict_translations(text);
  // A dictd index and its (uncompressed) body, split at the first NUL byte
  // as the affix files below are.
  const std::size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    try {
      sverka::for_each_dictd_entry(std::string_view(text).substr(0, nul), std::string_view(text).substr(nul + 1),
                                   "fuzz.index", "fuzz.dict", [](const sverka::DictdEntry&) {});
    } catch (const sverka::InputError&) {
    }
  }
  // A lexicon's header is its magic line: give the rest of the bytes one.
  try {
    sverka::BilingualLexicon::parse(std::string(sverka::BilingualLexicon::kFileHeader) + text, "fuzz").translations("a");
  } catch (const sverka::InputError&) {
  }
  // An .aff file and a .dic file, split at the first NUL byte (the seed
  // tests/fuzz/seeds/affix.bin is one of each); what loads must stem.
  if (nul != std::string::npos) {
    if (const auto stemmer = sverka::AffixStemmer::parse(text.substr(0, nul), text.substr(nul + 1))) {
      stemmer->stems("cats");
      stemmer->knows("cat");
    }
  }
  return 0;
}
