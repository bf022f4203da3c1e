// Turns the sentences of a document pair into the engine's feature vectors
// (align/sentence_features.h): the only place where text meets the aligner.
//
// Target tokens carry keys for what they are: "w:" their lemmas, "n:" the
// digits of a number, "x:" their exact form, "s:" the consonant skeleton of
// a capitalized word. Source tokens carry keys for what they could be in
// the target: "w:" of every dictionary translation of their lemmas, "n:" and
// "x:" as above, and "s:" of the phonetic spellings of every nominative
// an inflected name could come from. A key the target
// document never uses is not created, so the key space stays the size of
// the target vocabulary.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/sentence_features.h"
#include "align/translation_model.h"
#include "lexicon/bilingual_lexicon.h"
#include "pipeline/key_space.h"
#include "pipeline/language_resources.h"
#include "pipeline/source_tokens.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace sverka {

class Featurizer {
 public:
  Featurizer(LanguageResources& source, LanguageResources& target, const BilingualLexicon& lexicon)
      : source_(source), target_(target), lexicon_(lexicon) {}

  // One feature vector per sentence, in order. A translator's bracketed
  // glosses (text/translator_brackets.h) count neither as words nor length.
  align::DocumentFeatures featurize(const std::vector<Sentence>& source,
                                    const std::vector<Sentence>& target);
  // Name keys depend on the word alone: a cache kept across documents (by
  // the DocumentAligner of a batch worker) saves recomputing them.
  using NameKeyCache = std::unordered_map<std::string, std::vector<std::string>>;
  void set_name_cache(NameKeyCache* cache) { name_cache_ = cache; }

  // Whether a Russian word also looks up the headwords a dictionary may
  // list it under: a plural form its plural headword (lexicon/
  // plural_headword.h: выборов → выборы, "election"), a reflexive verb the
  // verb it is formed from (lexicon/verb_aspect.h: прерываться →
  // прерывать, "interrupt"). Off for the aligner: each moved beads on
  // wmt22 for the worse (plural headwords one on karenina-val too),
  // where sentences are matched by many words at once; the quote check,
  // which accounts for each word, finds more with them.
  void set_headword_variants(bool on) { headword_variants_ = on; }

  // Translations learned from one document (see learned_pairs), used beside
  // the dictionary until cleared with nullptr.
  void set_learned(const BilingualLexicon* learned) { learned_ = learned; }
  // The word pairs of a translation model trained on the last featurized
  // document, as (source lemma, target lemma) strings.
  std::vector<std::pair<std::string, std::string>> learned_pairs(const align::TranslationModel& model) const;

  // Whether a token of the last featurized document is a content token
  // (one with a bit in SentenceFeatures): stopwords and punctuation are not.
  bool is_content(const Token& token, bool source_side);

 private:
  struct TokenKeys {
    std::vector<std::uint32_t> keys;
    std::uint32_t word = 0;  // own-language word id (source lemma / target key)
    bool content = true;     // stopwords and punctuation are not
    bool number = false;     // a number token: it weighs by the numbers' own rate
  };
  // featurize() on the text that is evidence.
  align::DocumentFeatures featurize_evidence(const std::vector<Sentence>& source,
                                             const std::vector<Sentence>& target);
  const TokenKeys& target_token(const Token& token);
  const TokenKeys& source_token(const Token& token);
  // The same for a token whose lemmas are given: a content word's, never
  // empty; none for any other.
  const TokenKeys& source_token(const Token& token, const std::vector<std::string>& lemmas);
  // What source_token() computes, but the word id: a function of the
  // finished target key space, safe on two threads. `word_key` receives the
  // text the word id is given for; names not in the shared cache are added
  // to `new_names`.
  TokenKeys source_keys(const Token& token, const std::vector<std::string>& lemmas, std::string& word_key,
                        NameKeyCache& new_names) const;
  std::uint32_t source_word(const std::string& word_key);
  // The source side once the target side is done: each distinct token's
  // keys, and each sentence's tokens as indices into them.
  struct SourceSide {
    std::vector<const TokenKeys*> resolved;  // by distinct token
    std::vector<std::uint32_t> tokens;
    std::vector<std::size_t> sentence_end;
  };
  SourceSide resolve_source(SourceTokens tokens, bool two_threads);
  static std::vector<align::SentenceFeatures> source_features(const std::vector<Sentence>& source,
                                                              const SourceSide& side, bool two_threads);
  std::vector<align::SentenceFeatures> target_features(const std::vector<Sentence>& target);
  // Once the target side is done: the key each lexicon target word has in
  // its key space (a source word's translations are then looked up by id,
  // not as strings: it was most of the source side's key lookups).
  void map_lexicon_targets();
  // Features of a sentence whose content tokens, in order, have these keys.
  static align::SentenceFeatures sentence_features(const Sentence& sentence,
                                                   const std::vector<const TokenKeys*>& content);
  const std::vector<std::string>& name_keys(const std::string& word, Script script);
  const std::vector<std::string>& name_keys(const std::string& word, Script script, NameKeyCache& found) const;

  LanguageResources& source_;
  LanguageResources& target_;
  const BilingualLexicon& lexicon_;
  const BilingualLexicon* learned_ = nullptr;
  bool headword_variants_ = false;
  NameKeyCache own_name_cache_;
  NameKeyCache* name_cache_ = &own_name_cache_;
  KeySpace keys_;                                                 // target key space
  static constexpr std::uint32_t kNoKey = 0xFFFFFFFF;
  std::vector<std::uint32_t> lexicon_keys_;  // by lexicon target word id: its key, or kNoKey
  std::unordered_map<std::string, std::uint32_t> source_words_;  // source lemma ids
  std::unordered_map<std::string, TokenKeys> source_tokens_, target_tokens_;  // per document
};

// Digits of a number token without separators ("10 000" and "10,000" → "10000").
std::string number_key(std::string_view number);

}  // namespace sverka
