#pragma once
// The words keyproj prints to a person, in the reader's language. English is written in the
// source itself (the msgid), so English output is the source text byte for byte; Chinese comes
// from GNU gettext's "keyproj" catalogue, built with msgfmt from po/zh_CN.po.
//
// Mark text for the catalogue where it is written, and nowhere else:
//   tr("nothing changed")                          a fixed sentence or word
//   trf("{} {} is not a date", field, value)       with values: fmt's {} (or {0} {1} when a
//                                                  translation needs another order)
//   trn("{} project", "{} projects", n)            a count (Chinese has one form)
//   trc("stage", "building")                       a short word whose meaning needs a context
//   N_("…")                                        text kept now and translated where shown
// scripts/update-po extracts them all into po/zh_CN.po; tests/i18n checks that every one has
// its translation and that each translation keeps the text's {} fields.

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace keyproj {

enum class Lang { Zh, En };

// Chooses the language for the rest of the process. Chinese needs no installed zh locale: the
// catalogue is found beside the program (the build tree or the install prefix). Returns false,
// leaving English, when the catalogue cannot be found.
bool use_language(Lang lang);
Lang current_language();

const char* tr(const char* msgid);
std::string tr(std::string_view msgid);  // for text marked with N_ and kept in a string_view
const char* trc(const char* context, const char* msgid);
const char* trn(const char* singular, const char* plural, unsigned long n);

template <typename... Args>
std::string trf(const char* msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

template <typename... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, Args&&... args) {
  return fmt::format(fmt::runtime(trn(singular, plural, n)), n, std::forward<Args>(args)...);
}

// Marks text for the catalogue without translating it: a constant translated where it is shown.
constexpr const char* N_(const char* msgid) { return msgid; }

// The language's own word of two: `pick(lang, "计划总投资", "budget")` for text that is not in
// the catalogue because it is data (a column label stored beside its English one).
inline std::string_view pick(Lang lang, std::string_view zh, std::string_view en) { return lang == Lang::Zh ? zh : en; }

}  // namespace keyproj
