// Natives of dart:core RegExp (regexp.dart) on RE2: translates a Dart (ECMAScript) pattern into
// RE2 syntax, compiles it once per thread (a small cache keyed by pattern and flags), and runs
// matches, mapping UTF-16 indices of Dart strings to the UTF-8 bytes RE2 reads and back.
// What RE2 cannot run (backreferences, lookaround) is a FormatException saying so.
// Does not own Match objects or iteration (regexp.dart) or String's Pattern methods (string.dart).

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stdlib/core/native_util.h"
#include "vm/interpreter.h"

namespace islet {
namespace stdlib_natives {

namespace {

// The flag bits regexp.dart passes.
constexpr int kMultiLine = 1;
constexpr int kIgnoreCase = 2;
constexpr int kUnicode = 4;
constexpr int kDotAll = 8;

// RE2 rejects repetition counts above 1000; Dart allows them, so they are reported clearly.
constexpr uint32_t kMaxRepeat = 1000;
constexpr uint32_t kEnd = 0xffffffff;

// The characters of ECMAScript's \s (white space and line terminators) as RE2 class items.
constexpr const char* kSpaceItems =
    "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}"
    "\\x{205F}\\x{3000}\\x{FEFF}";

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // Lone surrogates cannot be UTF-8.
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsAsciiAlnum(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

// Appends [cp] so that RE2 reads it as that one literal character.
void AppendLiteral(uint32_t cp, std::string* out) {
  if (cp < 0x20 || cp == 0x7F) {
    static const char kHex[] = "0123456789ABCDEF";
    out->append("\\x");
    out->push_back(kHex[cp >> 4]);
    out->push_back(kHex[cp & 15]);
  } else if (cp < 0x80 && !IsAsciiAlnum(cp) && cp != ' ') {
    out->push_back('\\');
    out->push_back(static_cast<char>(cp));
  } else {
    AppendUtf8(cp, out);
  }
}

// Translates an ECMAScript pattern (as code points) into RE2 syntax, or says why it cannot.
// Capture groups keep their numbers: only non-capturing groups are ever added.
class Translator {
 public:
  Translator(std::vector<uint32_t> pattern, int flags)
      : pattern_(std::move(pattern)), unicode_((flags & kUnicode) != 0) {
    dot_all_ = (flags & kDotAll) != 0;
    CountCaptures();
  }

  bool Run(std::string* out, std::string* error) {
    out_ = out;
    error_ = error;
    return Disjunction();
  }

 private:
  uint32_t Peek(size_t k = 0) const {
    return pos_ + k < pattern_.size() ? pattern_[pos_ + k] : kEnd;
  }

  bool Fail(const char* message) {
    *error_ = message;
    return false;
  }

  // Counts capture groups first, so that \N can tell a backreference from an octal escape.
  void CountCaptures() {
    bool in_class = false;
    for (size_t i = 0; i < pattern_.size(); i++) {
      uint32_t c = pattern_[i];
      if (c == '\\') {
        i++;
      } else if (in_class) {
        if (c == ']') in_class = false;
      } else if (c == '[') {
        in_class = true;
      } else if (c == '(') {
        uint32_t next = i + 1 < pattern_.size() ? pattern_[i + 1] : kEnd;
        if (next != '?') {
          captures_++;
        } else if (i + 2 < pattern_.size() && pattern_[i + 2] == '<') {
          uint32_t after = i + 3 < pattern_.size() ? pattern_[i + 3] : kEnd;
          if (after != '=' && after != '!') {
            captures_++;
            has_names_ = true;
          }
        }
      }
    }
  }

  bool Disjunction() {
    bool can_repeat = false;
    while (pos_ < pattern_.size()) {
      uint32_t c = pattern_[pos_++];
      switch (c) {
        case '\\':
          if (!Escape(false, &can_repeat)) return false;
          break;
        case '(':
          if (!OpenGroup()) return false;
          can_repeat = false;
          break;
        case ')':
          if (depth_ == 0) return Fail("Unmatched ')'");
          depth_--;
          out_->push_back(')');
          can_repeat = true;
          break;
        case '[':
          if (!CharacterClass()) return false;
          can_repeat = true;
          break;
        case '.':
          out_->append(dot_all_ ? "(?s:.)" : "[^\\n\\r\\x{2028}\\x{2029}]");
          can_repeat = true;
          break;
        case '^':
        case '$':
        case '|':
          out_->push_back(static_cast<char>(c));
          can_repeat = false;
          break;
        case '*':
        case '+':
        case '?':
          if (!can_repeat) return Fail("Nothing to repeat");
          out_->push_back(static_cast<char>(c));
          if (Peek() == '?') out_->push_back(static_cast<char>(pattern_[pos_++]));
          can_repeat = false;
          break;
        case '{': {
          size_t end;
          uint32_t min;
          uint32_t max;
          if (!ParseBraces(&end, &min, &max)) {
            AppendLiteral(c, out_);  // Not a quantifier: a literal brace, as in Dart.
            can_repeat = true;
            break;
          }
          if (!can_repeat) return Fail("Nothing to repeat");
          if (min > max) return Fail("numbers out of order in {} quantifier");
          if (min > kMaxRepeat || (max != kEnd && max > kMaxRepeat)) {
            return Fail("Repetition counts above 1000 are not supported (RE2): ");
          }
          out_->push_back('{');
          out_->append(std::to_string(min));
          if (max != min) {
            out_->push_back(',');
            if (max != kEnd) out_->append(std::to_string(max));
          }
          out_->push_back('}');
          pos_ = end;
          if (Peek() == '?') out_->push_back(static_cast<char>(pattern_[pos_++]));
          can_repeat = false;
          break;
        }
        default:
          AppendLiteral(c, out_);
          can_repeat = true;
          break;
      }
    }
    if (depth_ > 0) return Fail("Unterminated group");
    return true;
  }

  // Reads {n}, {n,} or {n,m} at pos_ (just after the '{'); [max] is kEnd for {n,}.
  bool ParseBraces(size_t* end, uint32_t* min, uint32_t* max) {
    size_t i = pos_;
    auto number = [&](uint32_t* value) {
      size_t start = i;
      uint64_t v = 0;
      while (i < pattern_.size() && pattern_[i] >= '0' && pattern_[i] <= '9') {
        v = v * 10 + (pattern_[i] - '0');
        if (v > 0xfffffff) v = 0xfffffff;
        i++;
      }
      *value = static_cast<uint32_t>(v);
      return i > start;
    };
    if (!number(min)) return false;
    *max = *min;
    if (i < pattern_.size() && pattern_[i] == ',') {
      i++;
      if (!number(max)) *max = kEnd;
    }
    if (i >= pattern_.size() || pattern_[i] != '}') return false;
    *end = i + 1;
    return true;
  }

  bool OpenGroup() {
    depth_++;
    if (Peek() != '?') {
      out_->push_back('(');
      return true;
    }
    uint32_t kind = Peek(1);
    if (kind == ':') {
      pos_ += 2;
      out_->append("(?:");
      return true;
    }
    if (kind == '=' || kind == '!') {
      return Fail("Lookahead assertions are not supported (RE2): ");
    }
    if (kind != '<') return Fail("Invalid group");
    if (Peek(2) == '=' || Peek(2) == '!') {
      return Fail("Lookbehind assertions are not supported (RE2): ");
    }
    pos_ += 2;
    std::string name;
    while (Peek() != '>') {
      uint32_t c = Peek();
      bool ok = c == '_' || (c < 0x80 && IsAsciiAlnum(c) && !(name.empty() && c <= '9'));
      if (c == '$' || (c >= 0x80 && c != kEnd)) {
        return Fail("Capture group names beyond [A-Za-z_][A-Za-z0-9_]* are not supported (RE2): ");
      }
      if (!ok) return Fail("Invalid capture group name");
      name.push_back(static_cast<char>(c));
      pos_++;
    }
    pos_++;
    if (name.empty()) return Fail("Invalid capture group name");
    for (const std::string& seen : names_) {
      if (seen == name) return Fail("Duplicate capture group name");
    }
    names_.push_back(name);
    out_->append("(?P<");
    out_->append(name);
    out_->push_back('>');
    return true;
  }

  bool CharacterClass() {
    bool negated = Peek() == '^';
    if (negated) pos_++;
    if (Peek() == ']') {
      // [] matches nothing and [^] matches everything; RE2 has no syntax for either.
      pos_++;
      out_->append(negated ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]");
      return true;
    }
    out_->append(negated ? "[^" : "[");
    while (true) {
      if (pos_ >= pattern_.size()) return Fail("Unterminated character class");
      uint32_t c = pattern_[pos_++];
      if (c == ']') break;
      if (c == '\\') {
        bool unused;
        if (!Escape(true, &unused)) return false;
      } else if (c == '-') {
        out_->push_back('-');
      } else {
        AppendLiteral(c, out_);
      }
    }
    out_->push_back(']');
    return true;
  }

  // Reads up to three octal digits (value at most 0377) starting at pos_.
  uint32_t Octal() {
    uint32_t value = 0;
    for (int i = 0; i < 3 && Peek() >= '0' && Peek() <= '7'; i++) {
      uint32_t next = value * 8 + (Peek() - '0');
      if (next > 0377) break;
      value = next;
      pos_++;
    }
    return value;
  }

  // Reads [count] hex digits at pos_ into [value]; false (consuming nothing) if they are not.
  bool Hex(int count, uint32_t* value) {
    uint32_t v = 0;
    for (int i = 0; i < count; i++) {
      int d = HexValue(Peek(i));
      if (d < 0) return false;
      v = v * 16 + static_cast<uint32_t>(d);
    }
    pos_ += count;
    *value = v;
    return true;
  }

  // Translates the escape after a backslash (pos_ is just past it). [can_repeat] says whether
  // a quantifier may follow what was written.
  bool Escape(bool in_class, bool* can_repeat) {
    if (pos_ >= pattern_.size()) return Fail("\\ at end of pattern");
    uint32_t c = pattern_[pos_++];
    *can_repeat = true;
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        out_->push_back('\\');
        out_->push_back(static_cast<char>(c));
        return true;
      case 's':
        if (in_class) {
          out_->append(kSpaceItems);
        } else {
          out_->append("[").append(kSpaceItems).append("]");
        }
        return true;
      case 'S':
        // Inside a class RE2's \S (ASCII space only) is the closest available.
        if (in_class) {
          out_->append("\\S");
        } else {
          out_->append("[^").append(kSpaceItems).append("]");
        }
        return true;
      case 'b':
      case 'B':
        if (in_class) {
          AppendLiteral(c == 'b' ? 8 : 'B', out_);
        } else {
          out_->push_back('\\');
          out_->push_back(static_cast<char>(c));
          *can_repeat = false;
        }
        return true;
      case 'f':
        AppendLiteral(0x0C, out_);
        return true;
      case 'n':
        AppendLiteral(0x0A, out_);
        return true;
      case 'r':
        AppendLiteral(0x0D, out_);
        return true;
      case 't':
        AppendLiteral(0x09, out_);
        return true;
      case 'v':
        AppendLiteral(0x0B, out_);
        return true;
      case 'c': {
        uint32_t letter = Peek();
        if ((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')) {
          pos_++;
          AppendLiteral(letter % 32, out_);
        } else {
          // "\c" without a letter is a literal backslash; the 'c' is read again as itself.
          pos_--;
          AppendLiteral('\\', out_);
        }
        return true;
      }
      case 'x': {
        uint32_t value;
        AppendLiteral(Hex(2, &value) ? value : 'x', out_);
        return true;
      }
      case 'u':
        return UnicodeEscape();
      case '0':
        if (Peek() < '0' || Peek() > '9') {
          AppendLiteral(0, out_);
        } else {
          pos_--;
          AppendLiteral(Octal(), out_);
        }
        return true;
      case 'k':
        if (has_names_ || unicode_) {
          return Fail("Backreferences are not supported (RE2): ");
        }
        AppendLiteral('k', out_);
        return true;
      case 'p':
      case 'P':
        if (unicode_ && Peek() == '{') return PropertyEscape(c);
        AppendLiteral(c, out_);
        return true;
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      if (!in_class) {
        size_t start = pos_ - 1;
        uint64_t n = c - '0';
        while (Peek() >= '0' && Peek() <= '9' && n < 100000) n = n * 10 + (pattern_[pos_++] - '0');
        if (n <= captures_) return Fail("Backreferences are not supported (RE2): ");
        pos_ = start + 1;
      }
      if (c >= '8') {
        AppendLiteral(c, out_);
      } else {
        pos_--;
        AppendLiteral(Octal(), out_);
      }
      return true;
    }
    AppendLiteral(c, out_);  // An identity escape: the character itself.
    return true;
  }

  bool UnicodeEscape() {
    uint32_t value;
    if (unicode_ && Peek() == '{') {
      size_t i = pos_ + 1;
      uint64_t v = 0;
      while (i < pattern_.size() && HexValue(pattern_[i]) >= 0 && v <= 0x10FFFF) {
        v = v * 16 + static_cast<uint64_t>(HexValue(pattern_[i]));
        i++;
      }
      if (i == pos_ + 1 || i >= pattern_.size() || pattern_[i] != '}' || v > 0x10FFFF) {
        return Fail("Invalid Unicode escape");
      }
      pos_ = i + 1;
      AppendLiteral(static_cast<uint32_t>(v), out_);
      return true;
    }
    if (!Hex(4, &value)) {
      if (unicode_) return Fail("Invalid Unicode escape");
      AppendLiteral('u', out_);
      return true;
    }
    if (value >= 0xD800 && value <= 0xDBFF && Peek() == '\\' && Peek(1) == 'u') {
      size_t save = pos_;
      pos_ += 2;
      uint32_t low;
      if (Hex(4, &low) && low >= 0xDC00 && low <= 0xDFFF) {
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
      } else {
        pos_ = save;
      }
    }
    AppendLiteral(value, out_);
    return true;
  }

  // \p{Name} / \P{Name} in unicode mode; RE2 knows general categories and scripts by name.
  bool PropertyEscape(uint32_t c) {
    size_t i = pos_ + 1;
    std::string name;
    while (i < pattern_.size() && pattern_[i] != '}') {
      if (pattern_[i] >= 0x80) return Fail("Invalid property name");
      name.push_back(static_cast<char>(pattern_[i]));
      i++;
    }
    if (i >= pattern_.size() || name.empty()) return Fail("Invalid property name");
    pos_ = i + 1;
    for (const char* prefix : {"General_Category=", "gc=", "Script=", "sc="}) {
      std::string p(prefix);
      if (name.compare(0, p.size(), p) == 0) name = name.substr(p.size());
    }
    out_->push_back('\\');
    out_->push_back(static_cast<char>(c));
    out_->append("{").append(name).append("}");
    return true;
  }

  std::vector<uint32_t> pattern_;
  bool unicode_;
  bool dot_all_;
  size_t pos_ = 0;
  int depth_ = 0;
  uint64_t captures_ = 0;
  bool has_names_ = false;
  std::vector<std::string> names_;
  std::string* out_ = nullptr;
  std::string* error_ = nullptr;
};

// A compiled pattern, or the FormatException message it raises: as in the Dart VM, the message
// is followed by the pattern ("Nothing to repeat*a").
struct Compiled {
  std::unique_ptr<RE2> re;
  std::string error;
  int groups = 0;
  std::vector<std::pair<std::string, int>> names;  // In group order.
};

// The code points of [units]; lone surrogates stay as they are.
template <typename T>
std::vector<uint32_t> CodePoints(const T* units, size_t length) {
  std::vector<uint32_t> cps;
  cps.reserve(length);
  for (size_t i = 0; i < length; i++) {
    uint32_t u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < length && units[i + 1] >= 0xDC00 &&
        units[i + 1] <= 0xDFFF) {
      u = 0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      i++;
    }
    cps.push_back(u);
  }
  return cps;
}

std::shared_ptr<const Compiled> Compile(Value source, int flags) {
  auto compiled = std::make_shared<Compiled>();
  std::vector<uint32_t> cps = WithStringUnits(
      source, [](const auto* data, size_t length) { return CodePoints(data, length); });
  std::string translated;
  if ((flags & (kIgnoreCase | kMultiLine)) != 0) {
    translated = "(?";
    if ((flags & kIgnoreCase) != 0) translated.push_back('i');
    if ((flags & kMultiLine) != 0) translated.push_back('m');
    translated.push_back(')');
  }
  Translator translator(std::move(cps), flags);
  if (!translator.Run(&translated, &compiled->error)) return compiled;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(int64_t{64} << 20);
  auto re = std::make_unique<RE2>(translated, options);
  if (!re->ok()) {
    switch (re->error_code()) {
      case RE2::ErrorBadCharRange:
        // RE2 reports unknown \p{...} names as bad ranges too.
        if (re->error_arg().size() > 1 && re->error_arg()[0] == '\\') {
          compiled->error = "Invalid property name";
        } else {
          compiled->error = "Range out of order in character class";
        }
        break;
      case RE2::ErrorPatternTooLarge:
        compiled->error = "Regular expression too large for RE2: ";
        break;
      default:
        compiled->error = re->error() + " (RE2): ";
        break;
    }
    return compiled;
  }
  compiled->groups = re->NumberOfCapturingGroups();
  for (const auto& [name, index] : re->NamedCapturingGroups()) {
    compiled->names.emplace_back(name, index);
  }
  std::sort(compiled->names.begin(), compiled->names.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  compiled->re = std::move(re);
  return compiled;
}

Value ThrowPatternError(Interpreter* vm, const Compiled& compiled, Value source) {
  return natives::ThrowFormatException(vm, compiled.error + StringToUtf8(source), Value::Null(),
                                       -1);
}

// Compiled patterns of this thread, keyed by flags and source. Bounded by clearing it when
// full: programs use few distinct patterns, and a miss only costs a compilation.
constexpr size_t kCacheLimit = 256;

std::shared_ptr<const Compiled> Lookup(Value source, int flags) {
  thread_local std::unordered_map<std::string, std::shared_ptr<const Compiled>> cache;
  std::string key(1, static_cast<char>('A' + flags));
  key.append(StringToUtf8(source));
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() >= kCacheLimit) cache.clear();
  std::shared_ptr<const Compiled> compiled = Compile(source, flags);
  cache.emplace(std::move(key), compiled);
  return compiled;
}

// A Dart string as RE2 reads it: UTF-8 (lone surrogates as U+FFFD) and the index maps between
// its bytes and the UTF-16 units of the string. The maps are empty when both are the same
// (ASCII text).
struct Subject {
  std::string bytes;
  std::vector<uint32_t> byte_to_unit;  // bytes.size() + 1 entries.
  std::vector<uint32_t> unit_to_byte;  // Units + 1 entries.

  uint32_t Unit(size_t byte) const {
    return byte_to_unit.empty() ? static_cast<uint32_t>(byte) : byte_to_unit[byte];
  }
  size_t Byte(size_t unit) const { return unit_to_byte.empty() ? unit : unit_to_byte[unit]; }
};

template <typename T>
void BuildSubject(const T* units, size_t length, Subject* s) {
  bool ascii = true;
  for (size_t i = 0; i < length && ascii; i++) ascii = units[i] < 0x80;
  if (ascii) {
    s->bytes.assign(units, units + length);
    return;
  }
  s->bytes.reserve(length * 2);
  s->unit_to_byte.resize(length + 1);
  s->byte_to_unit.reserve(length * 2 + 1);
  for (size_t i = 0; i < length; i++) {
    uint32_t cp = units[i];
    size_t first = i;
    s->unit_to_byte[i] = static_cast<uint32_t>(s->bytes.size());
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < length && units[i + 1] >= 0xDC00 &&
        units[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      i++;
    }
    size_t before = s->bytes.size();
    AppendUtf8(cp, &s->bytes);
    // A start index inside a surrogate pair begins after the whole code point.
    if (i != first) s->unit_to_byte[i] = static_cast<uint32_t>(s->bytes.size());
    for (size_t b = before; b < s->bytes.size(); b++) {
      s->byte_to_unit.push_back(static_cast<uint32_t>(b == before ? first : i + 1));
    }
  }
  s->unit_to_byte[length] = static_cast<uint32_t>(s->bytes.size());
  s->byte_to_unit.push_back(static_cast<uint32_t>(length));
}

// The length in bytes of the UTF-8 sequence starting with [lead].
size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Reads the arguments shared by the match natives: args[1] the source, args[2] the flags,
// args[3] the input and args[4] the start index (already range-checked by regexp.dart).
bool MatchArguments(Interpreter* vm, Value* args, std::shared_ptr<const Compiled>* compiled,
                    Subject* subject, size_t* start, Value* error) {
  if (!IsString(args[1])) {
    *error = ThrowParameterTypeError(vm, args[1], "String", "source");
    return false;
  }
  if (!IsInt(args[2])) {
    *error = ThrowParameterTypeError(vm, args[2], "int", "flags");
    return false;
  }
  if (!IsString(args[3])) {
    *error = ThrowParameterTypeError(vm, args[3], "String", "input");
    return false;
  }
  if (!IsInt(args[4])) {
    *error = ThrowParameterTypeError(vm, args[4], "int", "start");
    return false;
  }
  int64_t length = StringLength(args[3]);
  int64_t s = IntValue(args[4]);
  if (s < 0 || s > length) {
    *error = natives::ThrowRangeErrorRange(vm, s, 0, length, "start");
    return false;
  }
  *compiled = Lookup(args[1], static_cast<int>(IntValue(args[2]) & 15));
  if (!(*compiled)->re) {
    *error = ThrowPatternError(vm, **compiled, args[1]);
    return false;
  }
  WithStringUnits(args[3], [&](const auto* data, size_t n) { BuildSubject(data, n, subject); });
  *start = subject->Byte(static_cast<size_t>(s));
  return true;
}

// Appends the UTF-16 (start, end) pair of each group of a match; -1 for groups that did not
// take part.
void AppendGroups(const Subject& subject, const std::vector<re2::StringPiece>& groups,
                  std::vector<int64_t>* out) {
  for (const re2::StringPiece& g : groups) {
    if (g.data() == nullptr) {
      out->push_back(-1);
      out->push_back(-1);
      continue;
    }
    size_t begin = static_cast<size_t>(g.data() - subject.bytes.data());
    out->push_back(subject.Unit(begin));
    out->push_back(subject.Unit(begin + g.size()));
  }
}

Value NewIntArray(Interpreter* vm, const std::vector<int64_t>& values) {
  Value array = natives::NewArray(vm, static_cast<int64_t>(values.size()));
  if (array.IsException()) return array;
  Value* data = ArrayData(array);
  for (size_t i = 0; i < values.size(); i++) data[i] = Value::Smi(values[i]);
  return array;
}

}  // namespace

// RegExp._compile(source, flags): [groupCount, name, index, name, index, ...] with the named
// groups in group order, or a FormatException for a pattern that cannot be run.
Value RegExpCompile(Interpreter* vm, Value* args, int) {
  if (!IsString(args[1])) return ThrowParameterTypeError(vm, args[1], "String", "source");
  if (!IsInt(args[2])) return ThrowParameterTypeError(vm, args[2], "int", "flags");
  std::shared_ptr<const Compiled> compiled =
      Lookup(args[1], static_cast<int>(IntValue(args[2]) & 15));
  if (!compiled->re) return ThrowPatternError(vm, *compiled, args[1]);
  Value array = natives::NewArray(vm, 1 + 2 * static_cast<int64_t>(compiled->names.size()));
  if (array.IsException()) return array;
  Handle result(vm->heap(), array);
  ArrayData(result.get())[0] = Value::Smi(compiled->groups);
  for (size_t i = 0; i < compiled->names.size(); i++) {
    Value name = natives::NewString(vm, compiled->names[i].first);
    if (name.IsException()) return name;
    ArrayData(result.get())[1 + 2 * i] = name;
    ArrayData(result.get())[2 + 2 * i] = Value::Smi(compiled->names[i].second);
  }
  return result.get();
}

// RegExp._exec(source, flags, input, start, sticky): the group offsets of the first match at
// or after [start] (exactly at [start] when [sticky]), or null.
Value RegExpExec(Interpreter* vm, Value* args, int) {
  std::shared_ptr<const Compiled> compiled;
  Subject subject;
  size_t start;
  Value error;
  if (!MatchArguments(vm, args, &compiled, &subject, &start, &error)) return error;
  bool sticky = args[5].IsTrue();
  std::vector<re2::StringPiece> groups(compiled->groups + 1);
  if (!compiled->re->Match(subject.bytes, start, subject.bytes.size(),
                           sticky ? RE2::ANCHOR_START : RE2::UNANCHORED, groups.data(),
                           static_cast<int>(groups.size()))) {
    return Value::Null();
  }
  std::vector<int64_t> offsets;
  AppendGroups(subject, groups, &offsets);
  return NewIntArray(vm, offsets);
}

// RegExp._execAll(source, flags, input, start): the group offsets of every match from [start]
// on, one after the other. After an empty match the search goes on one character later, as in
// Dart's allMatches.
Value RegExpExecAll(Interpreter* vm, Value* args, int) {
  std::shared_ptr<const Compiled> compiled;
  Subject subject;
  size_t start;
  Value error;
  if (!MatchArguments(vm, args, &compiled, &subject, &start, &error)) return error;
  std::vector<re2::StringPiece> groups(compiled->groups + 1);
  std::vector<int64_t> offsets;
  size_t size = subject.bytes.size();
  size_t position = start;
  while (position <= size && compiled->re->Match(subject.bytes, position, size, RE2::UNANCHORED,
                                                 groups.data(), static_cast<int>(groups.size()))) {
    AppendGroups(subject, groups, &offsets);
    size_t begin = static_cast<size_t>(groups[0].data() - subject.bytes.data());
    position = begin + groups[0].size();
    if (groups[0].empty()) {
      if (position >= size) break;
      position += Utf8Length(static_cast<unsigned char>(subject.bytes[position]));
    }
  }
  return NewIntArray(vm, offsets);
}

}  // namespace stdlib_natives
}  // namespace islet
