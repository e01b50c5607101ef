// Case mapping tables for String.toUpperCase/toLowerCase (see string_ops.h for the covered
// scripts). Each rule is a range whose letters pair up by a fixed offset, or alternate
// upper/lower within the range; the special cases that change length are spelled out.

#include "stdlib/core/string_ops.h"

namespace islet {

namespace {

// A block of letters where lower = upper + delta for upper in [first, last].
struct OffsetRange {
  uint16_t first;
  uint16_t last;
  int delta;
};

// Upper-case ranges and the offset to their lower-case letters.
constexpr OffsetRange kUpperToLower[] = {
    {'A', 'Z', 32},     {0xC0, 0xD6, 32},   {0xD8, 0xDE, 32},     {0x388, 0x38A, 37},
    {0x38E, 0x38F, 63}, {0x391, 0x3A1, 32}, {0x3A3, 0x3AB, 32},   {0x400, 0x40F, 80},
    {0x410, 0x42F, 32}, {0x531, 0x556, 48}, {0xFF21, 0xFF3A, 32},
};

// Ranges where letters alternate: even code = upper, odd = lower ([even_upper] true) or the
// reverse.
struct AlternatingRange {
  uint16_t first;
  uint16_t last;
  bool even_upper;
};

constexpr AlternatingRange kAlternating[] = {
    {0x100, 0x12F, true},  {0x132, 0x137, true}, {0x139, 0x148, false}, {0x14A, 0x177, true},
    {0x179, 0x17E, false}, {0x460, 0x481, true}, {0x48A, 0x4BF, true},  {0x4D0, 0x52F, true},
};

bool IsUpperInOffsetRange(uint16_t unit, int* delta) {
  for (const OffsetRange& r : kUpperToLower) {
    if (unit >= r.first && unit <= r.last) {
      *delta = r.delta;
      return true;
    }
  }
  return false;
}

bool IsLowerInOffsetRange(uint16_t unit, int* delta) {
  for (const OffsetRange& r : kUpperToLower) {
    if (unit >= r.first + r.delta && unit <= r.last + r.delta) {
      *delta = r.delta;
      return true;
    }
  }
  return false;
}

// The case partner of [unit] in an alternating range, or 0; [upper] says which side unit is.
uint16_t AlternatingPartner(uint16_t unit, bool* upper) {
  for (const AlternatingRange& r : kAlternating) {
    if (unit >= r.first && unit <= r.last) {
      bool even = (unit & 1) == 0;
      *upper = even == r.even_upper;
      if (*upper) return unit + 1 <= r.last ? unit + 1 : 0;
      return unit - 1 >= r.first ? unit - 1 : 0;
    }
  }
  return 0;
}

}  // namespace

bool AppendUpperCase(uint16_t unit, std::u16string* out) {
  if (unit < 0x80) {
    bool lower = unit >= 'a' && unit <= 'z';
    out->push_back(lower ? unit - 32 : unit);
    return lower;
  }
  switch (unit) {
    case 0xB5:  // Micro sign.
      out->push_back(0x39C);
      return true;
    case 0xDF:  // Sharp s.
      out->append(u"SS");
      return true;
    case 0xFF:
      out->push_back(0x178);
      return true;
    case 0x131:  // Dotless i.
      out->push_back('I');
      return true;
    case 0x17F:  // Long s.
      out->push_back('S');
      return true;
    case 0x3C2:  // Final sigma.
      out->push_back(0x3A3);
      return true;
    case 0x3AC:
      out->push_back(0x386);
      return true;
    case 0x3CC:
      out->push_back(0x38C);
      return true;
    default:
      break;
  }
  int delta;
  if (unit != 0xF7 && IsLowerInOffsetRange(unit, &delta)) {
    out->push_back(static_cast<uint16_t>(unit - delta));
    return true;
  }
  bool upper;
  uint16_t partner = AlternatingPartner(unit, &upper);
  if (partner != 0 && !upper) {
    out->push_back(partner);
    return true;
  }
  out->push_back(unit);
  return false;
}

bool AppendLowerCase(uint16_t unit, std::u16string* out) {
  if (unit < 0x80) {
    bool upper = unit >= 'A' && unit <= 'Z';
    out->push_back(upper ? unit + 32 : unit);
    return upper;
  }
  switch (unit) {
    case 0x130:  // Capital I with dot: i and a combining dot above.
      out->push_back('i');
      out->push_back(0x307);
      return true;
    case 0x178:
      out->push_back(0xFF);
      return true;
    case 0x386:
      out->push_back(0x3AC);
      return true;
    case 0x38C:
      out->push_back(0x3CC);
      return true;
    default:
      break;
  }
  int delta;
  if (unit != 0xD7 && IsUpperInOffsetRange(unit, &delta)) {
    out->push_back(static_cast<uint16_t>(unit + delta));
    return true;
  }
  bool upper;
  uint16_t partner = AlternatingPartner(unit, &upper);
  if (partner != 0 && upper) {
    out->push_back(partner);
    return true;
  }
  out->push_back(unit);
  return false;
}

}  // namespace islet
