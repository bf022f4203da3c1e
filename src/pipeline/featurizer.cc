#include "pipeline/featurizer.h"

#include "lexicon/plural_headword.h"
#include "lexicon/verb_aspect.h"
#include "names/name_forms.h"
#include "names/phonetic_key.h"
#include "text/dialogue_turns.h"
#include "text/tokenizer.h"
#include "text/translator_brackets.h"

#include <algorithm>
#include <array>
#include <future>
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr std::size_t kMinSkeletonLength = 3;
constexpr std::size_t kMaxTranslationKeys = 32;
// Below this many source sentences a second thread costs more than it saves
// (and batch runs keep every core busy with documents anyway).
constexpr std::size_t kSecondThreadFrom = 500;
// Sentences the source side's two workers claim at a time (source_tokens.h):
// about a millisecond of lemmatizing, so the one that finishes first waits
// no longer than that.
constexpr std::size_t kSentencesPerClaim = 64;

}  // namespace

std::string number_key(std::string_view number) {
  std::string digits;
  for (const char c : number) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

// Consonant skeletons of a name's phonetic spellings: every nominative of
// a Cyrillic word, every reading of a Latin one (names/phonetic_key.h).
const std::vector<std::string>& Featurizer::name_keys(const std::string& word, Script script) {
  return name_keys(word, script, *name_cache_);
}

// The same, looking in the shared cache but adding only to `found`: the
// source side's tokens are resolved on two threads.
const std::vector<std::string>& Featurizer::name_keys(const std::string& word, Script script,
                                                      NameKeyCache& found) const {
  if (&found != name_cache_) {
    const auto known = name_cache_->find(word);
    if (known != name_cache_->end()) return known->second;
  }
  const auto [entry, inserted] = found.try_emplace(word);
  std::vector<std::string>& keys = entry->second;
  if (!inserted) return keys;
  const auto add = [&](const std::string& phonetic) {
    std::string skeleton = phonetic_skeleton(phonetic);
    if (skeleton.size() >= kMinSkeletonLength && std::find(keys.begin(), keys.end(), skeleton) == keys.end()) {
      keys.push_back(std::move(skeleton));
    }
  };
  if (script == Script::kCyrillic) {
    for (const std::string& nominative : nominative_candidates(word)) add(cyrillic_phonetic(nominative));
  } else if (script == Script::kLatin) {
    for (const std::string& reading : latin_phonetic_readings(word)) add(reading);
  }
  return keys;
}

const Featurizer::TokenKeys& Featurizer::target_token(const Token& token) {
  const auto [it, inserted] = target_tokens_.try_emplace(token_key(token));
  TokenKeys& entry = it->second;
  if (!inserted) return entry;
  if (token.kind == TokenKind::kNumber) {
    entry.word = keys_.id(KeyKind::kNumber, number_key(token.norm));
    entry.keys.push_back(entry.word);
    entry.number = true;
  } else if (is_content_word(token, target_)) {
    const auto& lemmas = target_.lemmatizer.lemmas(token.norm);
    for (const std::string& lemma : lemmas) entry.keys.push_back(keys_.id(KeyKind::kWord, lemma));
    entry.keys.push_back(keys_.id(KeyKind::kExact, token.norm));
    for (const std::string& digits : digit_runs(token.norm)) entry.keys.push_back(keys_.id(KeyKind::kNumber, digits));
    if (token.has_capital) {
      for (const std::string& skeleton : name_keys(token.norm, token.script)) {
        entry.keys.push_back(keys_.id(KeyKind::kSkeleton, skeleton));
      }
    }
    entry.word = keys_.id(KeyKind::kWord, lemmas.front());
  } else {
    entry.content = false;
  }
  return entry;
}

const Featurizer::TokenKeys& Featurizer::source_token(const Token& token) {
  static const std::vector<std::string> none;
  return source_token(token, is_content_word(token, source_) ? source_.lemmatizer.lemmas(token.norm) : none);
}

const Featurizer::TokenKeys& Featurizer::source_token(const Token& token, const std::vector<std::string>& lemmas) {
  const auto [it, inserted] = source_tokens_.try_emplace(token_key(token));
  if (!inserted) return it->second;
  std::string word_key;
  it->second = source_keys(token, lemmas, word_key, *name_cache_);
  if (it->second.content) it->second.word = source_word(word_key);
  return it->second;
}

std::uint32_t Featurizer::source_word(const std::string& word_key) {
  return source_words_.emplace(word_key, static_cast<std::uint32_t>(source_words_.size())).first->second;
}

Featurizer::TokenKeys Featurizer::source_keys(const Token& token, const std::vector<std::string>& lemmas,
                                              std::string& word_key, NameKeyCache& new_names) const {
  TokenKeys entry;
  const auto add = [&](KeyKind kind, std::string_view key) {
    if (const std::uint32_t* id = keys_.find(kind, key)) entry.keys.push_back(*id);
  };
  if (token.kind == TokenKind::kNumber) {
    word_key = "n:" + number_key(token.norm);
    add(KeyKind::kNumber, number_key(token.norm));
    entry.number = true;
  } else if (!lemmas.empty()) {  // a content word: the callers tested it
    add(KeyKind::kExact, token.norm);
    for (const std::string& digits : digit_runs(token.norm)) add(KeyKind::kNumber, digits);
    // Phonetic keys bridge scripts (Песков, Peskov). A Latin name facing a
    // Latin text is written the same on both sides and matches exactly;
    // its readings there only add chance matches (measured on Text+Berg).
    if (token.has_capital && token.script != Script::kLatin) {
      for (const std::string& skeleton : name_keys(token.norm, token.script, new_names)) {
        add(KeyKind::kSkeleton, skeleton);
      }
    }
    // A word with dozens of dictionary senses ("удар": 77) matches almost
    // anything; past kMaxTranslationKeys its senses add noise and memory.
    const auto add_translations = [&](std::string_view word) {
      for (const std::uint32_t target : lexicon_.translation_ids(word)) {
        if (entry.keys.size() >= kMaxTranslationKeys) return;
        // (Before any target side is done there are no keys to find.)
        if (target < lexicon_keys_.size() && lexicon_keys_[target] != kNoKey)
          entry.keys.push_back(lexicon_keys_[target]);
      }
    };
    // A Russian verb's, with its other aspect's (lexicon/verb_aspect.h).
    const auto add_with_aspect_partners = [&](const std::string& word) {
      add_translations(word);
      for (const std::string& partner : aspect_partners(word)) add_translations(partner);
    };
    for (const std::string& lemma : lemmas) {
      if (learned_ != nullptr) {
        for (const std::string_view translation : learned_->translations(lemma)) add(KeyKind::kWord, translation);
      }
      if (source_.language != "ru") {
        add_translations(lemma);
        continue;
      }
      add_with_aspect_partners(lemma);
      if (!headword_variants_) continue;
      if (const std::string plural = plural_headword(lemma, token.norm); !plural.empty()) add_translations(plural);
      if (const std::string base = non_reflexive(lemma); !base.empty()) add_with_aspect_partners(base);
    }
    word_key = "w:" + lemmas.front();
  } else {
    entry.content = false;
  }
  return entry;
}

std::vector<std::pair<std::string, std::string>> Featurizer::learned_pairs(const align::TranslationModel& model) const {
  std::vector<std::string> source_by_id(source_words_.size());
  for (const auto& [word, id] : source_words_) source_by_id[id] = word;
  std::vector<std::pair<std::string, std::string>> pairs;
  model.for_each([&](std::uint32_t source, std::uint32_t target) {
    // Word pairs only: "w:<lemma>" on the source side, a lemma key on the target.
    if (source >= source_by_id.size() || source_by_id[source].rfind("w:", 0) != 0) return;
    const std::string& english = keys_.text(target, KeyKind::kWord);
    if (!english.empty()) pairs.emplace_back(source_by_id[source].substr(2), english);
  });
  return pairs;
}

bool Featurizer::is_content(const Token& token, bool source_side) {
  return (source_side ? source_token(token) : target_token(token)).content;
}

align::SentenceFeatures Featurizer::sentence_features(const Sentence& sentence,
                                                     const std::vector<const TokenKeys*>& content) {
  align::SentenceFeatures features;
  features.length = static_cast<std::uint32_t>(count_code_points(sentence.text));
  features.paragraph_start = sentence.starts_paragraph;
  features.opens_turn = opens_turn(sentence.text);
  features.turns = static_cast<std::uint8_t>(std::min(count_turns(sentence.text), 255));
  const std::size_t tracked = std::min<std::size_t>(content.size(), align::kMaxContentTokens);
  std::size_t key_count = 0;
  for (std::size_t k = 0; k < tracked; ++k) key_count += content[k]->keys.size();
  features.keys.reserve(key_count);
  features.words.reserve(tracked);
  for (std::size_t k = 0; k < tracked; ++k) {
    for (const std::uint32_t key : content[k]->keys) features.keys.push_back({key, static_cast<int>(k)});
    features.words.push_back(content[k]->word);
    if (content[k]->number) features.number_bits |= std::uint64_t{1} << k;
  }
  features.content_tokens = static_cast<std::uint8_t>(tracked);
  align::sort_keys(features);
  return features;
}

void Featurizer::map_lexicon_targets() {
  lexicon_keys_.assign(lexicon_.target_word_count(), kNoKey);
  keys_.for_each(KeyKind::kWord, [&](std::string_view word, std::uint32_t key) {
    if (const std::optional<std::uint32_t> target = lexicon_.target_id(word)) lexicon_keys_[*target] = key;
  });
}

std::vector<align::SentenceFeatures> Featurizer::target_features(const std::vector<Sentence>& target) {
  std::vector<align::SentenceFeatures> features;
  features.reserve(target.size());
  std::vector<const TokenKeys*> content;
  for (const Sentence& sentence : target) {
    content.clear();
    for (const Token& token : tokenize(sentence.text)) {
      const TokenKeys& entry = target_token(token);
      if (entry.content) content.push_back(&entry);
    }
    features.push_back(sentence_features(sentence, content));
  }
  return features;
}

Featurizer::SourceSide Featurizer::resolve_source(SourceTokens tokens, bool two_threads) {
  // Each distinct token's keys need only the finished target key space, the
  // lexicon and the names met so far: on a long document two threads look
  // them up (a Russian word's dozens of translations made this the longest
  // stretch on one core). Word ids are then given in the tokens' order.
  const std::size_t count = tokens.distinct.size();
  std::vector<TokenKeys> keys(count);
  std::vector<std::string> word_keys(count);
  std::array<NameKeyCache, 2> new_names;
  const auto resolve = [&](std::size_t begin, std::size_t end, NameKeyCache& names) {
    for (std::size_t k = begin; k < end; ++k) {
      keys[k] = source_keys(tokens.distinct[k], tokens.lemmas[k], word_keys[k], names);
    }
  };
  const std::size_t half = two_threads ? count / 2 : count;
  std::future<void> second_half = std::async(two_threads ? std::launch::async : std::launch::deferred, resolve, half,
                                             count, std::ref(new_names[1]));
  resolve(0, half, new_names[0]);
  second_half.get();
  for (NameKeyCache& names : new_names) name_cache_->merge(names);
  SourceSide side;
  side.resolved.reserve(count);
  for (std::size_t k = 0; k < count; ++k) {
    if (keys[k].content) keys[k].word = source_word(word_keys[k]);
    const auto entry = source_tokens_.try_emplace(token_key(tokens.distinct[k]), std::move(keys[k])).first;
    side.resolved.push_back(&entry->second);
  }
  side.tokens = std::move(tokens.tokens);
  side.sentence_end = std::move(tokens.sentence_end);
  return side;
}

// Each sentence's keys are gathered and sorted apart from the others': a
// long document's halves are assembled on two threads.
std::vector<align::SentenceFeatures> Featurizer::source_features(const std::vector<Sentence>& source,
                                                                 const SourceSide& side, bool two_threads) {
  std::vector<align::SentenceFeatures> features(source.size());
  const auto assemble = [&](std::size_t begin, std::size_t end) {
    std::vector<const TokenKeys*> entries;
    for (std::size_t s = begin; s < end; ++s) {
      entries.clear();
      for (std::size_t k = s > 0 ? side.sentence_end[s - 1] : 0; k < side.sentence_end[s]; ++k) {
        entries.push_back(side.resolved[side.tokens[k]]);
      }
      features[s] = sentence_features(source[s], entries);
    }
  };
  align::in_halves(two_threads ? std::launch::async : std::launch::deferred, source.size(), assemble);
  return features;
}

align::DocumentFeatures Featurizer::featurize(const std::vector<Sentence>& source,
                                              const std::vector<Sentence>& target) {
  // A translator's brackets (translator_brackets.h): on the side that has
  // square brackets where the other has none.
  const bool source_brackets = uses_square_brackets(source);
  if (source_brackets != uses_square_brackets(target)) {
    return source_brackets ? featurize_evidence(without_bracketed_spans(source), target)
                           : featurize_evidence(source, without_bracketed_spans(target));
  }
  return featurize_evidence(source, target);
}

align::DocumentFeatures Featurizer::featurize_evidence(const std::vector<Sentence>& source,
                                                       const std::vector<Sentence>& target) {
  keys_.clear();
  source_words_.clear();
  source_tokens_.clear();
  target_tokens_.clear();
  // Each language has its own lemmatizer, so on a long document the source
  // side is tokenized and lemmatized on a second thread while the target
  // side is featurized, and this thread then takes source sentences from
  // the end (source_tokens.h); the source keys are looked up once both are
  // done, since they are looked up in the target's key space.
  const bool long_document = source.size() >= kSecondThreadFrom;
  SentenceClaims claims(source.size(), kSentencesPerClaim);
  SourceTokenizer front(source, source_), back(source, source_);
  std::future<void> lemmatizing = std::async(long_document ? std::launch::async : std::launch::deferred,
                                             [&] { front.take_front(claims); });
  align::DocumentFeatures document;
  document.target = target_features(target);
  map_lexicon_targets();
  if (long_document && source_.lemmatizer.thread_safe_forms()) back.take_back(claims);
  lemmatizing.get();
  const SourceSide side = resolve_source(SourceTokenizer::join(std::move(front), std::move(back)), long_document);
  document.source = source_features(source, side, long_document);
  const auto has_paragraphs = [](const std::vector<Sentence>& sentences) {
    return !sentences.empty() && sentences.back().paragraph > 0;
  };
  document.has_paragraphs = has_paragraphs(source) && has_paragraphs(target);
  return document;
}

}  // namespace sverka
