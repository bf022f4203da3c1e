// Escaping for the structured formats sverka writes (JSON, XML/HTML, TSV).
// One place, so every writer escapes the same way.
#pragma once

#include <string>
#include <string_view>

namespace sverka {

// A JSON string literal, quotes included; control characters as \uXXXX.
std::string json_quote(std::string_view text);

// Text safe inside XML/HTML element content and attribute values.
std::string xml_escape(std::string_view text);

// A TSV field: tabs and newlines become spaces, so columns never shift.
std::string tsv_field(std::string_view text);

}  // namespace sverka
