// libFuzzer target: arbitrary bytes through the strict text decoder. It may
// refuse them (InputError); it must never crash, overread or hang.
#include <cstdint>
#include <string_view>

#include "text/text_reader.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const std::string text = sverka::decode_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    sverka::split_lines(text);
  } catch (const sverka::InputError&) {
  }
  return 0;
}
