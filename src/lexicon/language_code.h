// Language codes: the two-letter ISO 639-1 code sverka names its data by
// (lexicons/abbreviations.en.tsv, en_US.dic, the ru-en lexicon), and the
// three-letter ISO 639-3 code FreeDict names its dictionaries by
// (freedict-eng-rus). A user who writes "ru-eng" or "deu-fra" means the
// same pair as "ru-en" and "de-fr", and should get the same data: read with
// the three-letter code, every file named by the two-letter one would be
// missed without a word.
#pragma once

#include <string>

namespace sverka {

// The ISO 639-1 code of a language sverka knows by either code (including
// the bibliographic "ger", "fre"); any other code as given.
std::string two_letter_code(const std::string& code);

// The ISO 639-3 code of a two-letter code sverka knows; any other code as
// given.
std::string three_letter_code(const std::string& code);

}  // namespace sverka
