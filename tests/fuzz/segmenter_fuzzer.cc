// libFuzzer target: decoded text through paragraphs, the sentence splitter
// (Russian rules, with abbreviations) and the tokenizer.
#include <cstdint>
#include <string_view>

#include "text/abbreviations.h"
#include "text/sentence_splitter.h"
#include "text/text_reader.h"
#include "text/tokenizer.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const sverka::SentenceSplitter splitter(
      "ru", sverka::Abbreviations::parse("г.\tnumber\nт.е.\tcommon\nул.\ttitle\n", "fuzz"));
  try {
    const std::string text = sverka::decode_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    for (const sverka::Sentence& sentence : splitter.split_text(text)) sverka::tokenize(sentence.text);
  } catch (const sverka::InputError&) {
  }
  return 0;
}
