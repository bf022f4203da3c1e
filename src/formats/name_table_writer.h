// Writes a NameTable as an aligned text table, TSV or JSON lines.
#pragma once

#include <ostream>
#include <string>

#include "names/name_table.h"

namespace sverka {

enum class NameTableFormat { kText, kTsv, kJsonl };
NameTableFormat parse_name_table_format(const std::string& name);

void write_name_table(std::ostream& out, const NameTable& table, NameTableFormat format);

}  // namespace sverka
