#include "pipeline/document_aligner.h"

#include "pipeline/featurizer.h"

#include <chrono>
#include <future>
#include <cstdio>
#include <cstdlib>

namespace sverka {

DocumentAligner::DocumentAligner(const std::string& source_language,
                                 const std::string& target_language, const Paths& paths,
                                 align::AlignerOptions options)
    : DocumentAligner(source_language, target_language, paths,
                      std::make_shared<const BilingualLexicon>(
                          load_or_build_lexicon(source_language, target_language, paths)),
                      std::move(options)) {}

namespace {

// The two Hunspell dictionaries load side by side: they are independent,
// and Russian's alone takes about a tenth of a second.
std::pair<Lemmatizer, Lemmatizer> load_lemmatizers(const std::string& source_language,
                                                   const std::string& target_language, const Paths& paths) {
  std::future<Lemmatizer> target =
      std::async(std::launch::async, [&] { return Lemmatizer(target_language, paths.hunspell); });
  Lemmatizer source(source_language, paths.hunspell);
  return {std::move(source), target.get()};
}

}  // namespace

DocumentAligner::DocumentAligner(const std::string& source_language, const std::string& target_language,
                                 const Paths& paths, std::shared_ptr<const BilingualLexicon> lexicon,
                                 align::AlignerOptions options)
    : DocumentAligner(source_language, target_language, paths, std::move(lexicon), std::move(options),
                      load_lemmatizers(source_language, target_language, paths)) {}

DocumentAligner::DocumentAligner(const std::string& source_language, const std::string& target_language,
                                 const Paths& paths, std::shared_ptr<const BilingualLexicon> lexicon,
                                 align::AlignerOptions options, std::pair<Lemmatizer, Lemmatizer> lemmatizers)
    : source_(source_language, paths, std::move(lemmatizers.first)),
      target_(target_language, paths, std::move(lemmatizers.second)),
      lexicon_(std::move(lexicon)),
      options_(std::move(options)) {}

namespace {
void release(std::string& text) { std::string().swap(text); }
}  // namespace

AlignedDocument DocumentAligner::align_text(std::string source_text, std::string target_text) {
  std::vector<Sentence> source = source_.splitter.split_text(source_text);
  release(source_text);
  std::vector<Sentence> target = target_.splitter.split_text(target_text);
  release(target_text);
  return align_sentences(std::move(source), std::move(target));
}

AlignedDocument DocumentAligner::align_lines(std::string source_text, std::string target_text) {
  std::vector<Sentence> source = sentences_from_lines(source_text);
  release(source_text);
  std::vector<Sentence> target = sentences_from_lines(target_text);
  release(target_text);
  return align_sentences(std::move(source), std::move(target));
}

AlignedDocument DocumentAligner::align(std::string source_text, std::string target_text, bool presplit) {
  return presplit ? align_lines(std::move(source_text), std::move(target_text))
                  : align_text(std::move(source_text), std::move(target_text));
}

AlignedDocument DocumentAligner::align_sentences(std::vector<Sentence> source,
                                                 std::vector<Sentence> target) {
  Featurizer featurizer(source_, target_, *lexicon_);
  featurizer.set_name_cache(&name_cache_);
  AlignedDocument result;
  const auto start = std::chrono::steady_clock::now();
  align::DocumentFeatures features = featurizer.featurize(source, target);
  const auto featurized = std::chrono::steady_clock::now();
  align::TranslationModel model;
  result.alignment = align::align_document(std::move(features), options_, &model);
  result.learned = featurizer.learned_pairs(model);
  if (std::getenv("SVERKA_PROFILE") != nullptr) {
    const auto aligned = std::chrono::steady_clock::now();
    std::fprintf(stderr, "featurize %.3f s, align %.3f s\n",
                 std::chrono::duration<double>(featurized - start).count(),
                 std::chrono::duration<double>(aligned - featurized).count());
  }
  result.source = std::move(source);
  result.target = std::move(target);
  return result;
}

}  // namespace sverka

namespace sverka {
NameSide name_side(LanguageResources& language) {
  return NameSide{[&language](const std::string& word) { return language.lemmatizer.is_common_word(word); },
                  &language.stopwords,
                  [&language](const std::string& word) { return language.lemmatizer.lemmas(word); },
                  [&language](const std::string& written) { return language.lemmatizer.proper_name_lemmas(written); }};
}

TranslationTest lexicon_test(DocumentAligner& aligner) {
  return [&aligner](const std::string& russian, const std::string& english) {
    for (const std::string& lemma : aligner.source_language().lemmatizer.lemmas(russian)) {
      for (const std::string_view translation : aligner.lexicon().translations(lemma)) {
        if (translation == english) return true;
      }
    }
    return false;
  };
}

AlignedDocument mirrored(AlignedDocument document) {
  std::swap(document.source, document.target);
  for (align::Bead& bead : document.alignment) {
    std::swap(bead.source_begin, bead.target_begin);
    std::swap(bead.source_count, bead.target_count);
  }
  return document;
}
}  // namespace sverka
