// The alignment pipeline for document pairs: sentences in, beads out.
// Holds what is loaded once per run (language resources, the lexicon) and
// is reused for every document of a batch; one instance per thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "align/bead.h"
#include "lexicon/bilingual_lexicon.h"
#include "names/name_table.h"
#include "pipeline/featurizer.h"
#include "pipeline/language_resources.h"
#include "text/sentence_splitter.h"

namespace sverka {

struct AlignedDocument {
  std::vector<Sentence> source;
  std::vector<Sentence> target;
  align::Alignment alignment;
  // Word translations learned from this document's confident beads
  // (source lemma, target lemma): the quote check uses them too.
  std::vector<std::pair<std::string, std::string>> learned;
};

class DocumentAligner {
 public:
  DocumentAligner(const std::string& source_language, const std::string& target_language,
                  const Paths& paths, align::AlignerOptions options = {});
  // Shares an already loaded lexicon (batch workers: one lexicon, read-only,
  // for all threads; each worker has its own Hunspell objects and caches).
  DocumentAligner(const std::string& source_language, const std::string& target_language,
                  const Paths& paths, std::shared_ptr<const BilingualLexicon> lexicon,
                  align::AlignerOptions options = {});

  // Raw text: paragraphs and sentences are found first. The texts are
  // taken by value and released once split (std::move them in): a book's
  // text is a tenth of a long run's peak memory, and its sentences hold a
  // copy of every word already.
  AlignedDocument align_text(std::string source_text, std::string target_text);
  // One sentence per line, as given.
  AlignedDocument align_lines(std::string source_text, std::string target_text);
  // align_lines() when `presplit`, else align_text().
  AlignedDocument align(std::string source_text, std::string target_text, bool presplit);
  AlignedDocument align_sentences(std::vector<Sentence> source, std::vector<Sentence> target);

  LanguageResources& source_language() { return source_; }
  LanguageResources& target_language() { return target_; }
  const BilingualLexicon& lexicon() const { return *lexicon_; }
  std::shared_ptr<const BilingualLexicon> shared_lexicon() const { return lexicon_; }

 private:
  DocumentAligner(const std::string& source_language, const std::string& target_language,
                  const Paths& paths, std::shared_ptr<const BilingualLexicon> lexicon,
                  align::AlignerOptions options, std::pair<Lemmatizer, Lemmatizer> lemmatizers);

  LanguageResources source_;
  LanguageResources target_;
  std::shared_ptr<const BilingualLexicon> lexicon_;
  Featurizer::NameKeyCache name_cache_;  // across the documents this aligner sees
  align::AlignerOptions options_;
};

}  // namespace sverka

namespace sverka {
// The same alignment seen from the other side (target ↔ source).
AlignedDocument mirrored(AlignedDocument document);

// How the names module finds names on one side of a document (Hunspell's
// common words, the stopwords, lemmas), and tells a translated common word
// from a missing name (the aligner's lexicon over Russian lemmas). The
// results refer to `language` and `aligner`, which must outlive them.
NameSide name_side(LanguageResources& language);
TranslationTest lexicon_test(DocumentAligner& aligner);
}  // namespace sverka
