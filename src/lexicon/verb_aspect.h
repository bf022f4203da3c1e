// Aspect partners of a Russian verb: сообщить ↔ сообщать, заявить ↔
// заявлять, ответить ↔ отвечать, сделать ↔ делать.
//
// Dictionaries list one aspect (Mueller mostly the imperfective), news text
// uses both, and Hunspell lemmatizes each to its own infinitive, so a
// perfective verb would find no translation. The rules are the regular
// suffix pairs of Russian aspect formation (-ить/-ать/-ять/-ивать/-ывать,
// with the т→ч, т→щ, д→жд, ст→щ, з→ж, с→ш alternations and the labial
// -л-), the stem changes of понять/понимать, умереть/умирать,
// вспомнить/вспоминать and кивнуть/кивать, and the common perfectivizing
// prefixes; a reflexive verb pairs as its base does. They over-generate on purpose: a
// variant is only used when the lexicon lists it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// Candidate infinitives of the other aspect for a Russian infinitive in
// matching form; empty for anything that is not an infinitive.
std::vector<std::string> aspect_partners(std::string_view infinitive);

// The verb a reflexive infinitive is formed from (прерываться → прерывать),
// or "" for any other word. Russian says with a reflexive verb what English
// says with the passive of the base («контакты не прерывались», "contacts
// have not been interrupted"), and dictionaries list the reflexive with
// fewer senses than its base, or none.
std::string non_reflexive(std::string_view infinitive);

}  // namespace sverka
