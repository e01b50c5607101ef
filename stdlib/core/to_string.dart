// How collections and errors print, as in Dart: lists "[1, 2]", sets "{1, 2}", maps
// "{a: 1, b: 2}", other iterables "(1, 2, ..., 99, 100)" (at most about 80 characters and 100
// elements), cycles as "[...]" / "{...}" / "(...)", and Error.safeToString's forms that never
// call user code ("Instance(length:3) of '_GrowableList'", JSON-quoted strings).
// Invariant: _toStringVisiting holds exactly the collections whose toString is running.

final List _toStringVisiting = [];

bool _isToStringVisiting(Object? object) {
  for (int i = 0; i < _toStringVisiting.length; i++) {
    if (identical(object, _toStringVisiting[i])) return true;
  }
  return false;
}

String _iterableToFullString(Iterable iterable, String left, String right) {
  if (_isToStringVisiting(iterable)) return "$left...$right";
  List<String> parts = <String>[];
  _toStringVisiting.add(iterable);
  try {
    for (Object? element in iterable) {
      parts.add("$element");
    }
  } finally {
    _toStringVisiting.removeLast();
  }
  return left + String._join(parts, ", ") + right;
}

String _iterableToShortString(Iterable iterable, String left, String right) {
  if (_isToStringVisiting(iterable)) return "$left...$right";
  List<String> parts = <String>[];
  _toStringVisiting.add(iterable);
  try {
    _iterablePartsToStrings(iterable, parts);
  } finally {
    _toStringVisiting.removeLast();
  }
  return left + String._join(parts, ", ") + right;
}

// Fills [parts] with the strings Dart shows for [iterable]: the first elements while they fit
// in about 80 characters (at least 3), then "..." and the last two, stopping after 100 elements.
void _iterablePartsToStrings(Iterable iterable, List<String> parts) {
  const int lengthLimit = 80;
  const int headCount = 3;
  const int tailCount = 2;
  const int maxCount = 100;
  // Each element costs ", " (or the two delimiters for the first one).
  const int overhead = 2;
  const int ellipsisSize = 3;

  int length = 0;
  int count = 0;
  Iterator it = iterable.iterator;
  while (length < lengthLimit || count < headCount) {
    if (!it.moveNext()) return;
    String next = "${it.current}";
    parts.add(next);
    length += next.length + overhead;
    count++;
  }

  String penultimateString;
  String ultimateString;
  if (!it.moveNext()) {
    if (count <= headCount + tailCount) return;
    ultimateString = parts.removeLast();
    penultimateString = parts.removeLast();
  } else {
    Object? penultimate = it.current;
    count++;
    if (!it.moveNext()) {
      if (count <= headCount + 1) {
        parts.add("$penultimate");
        return;
      }
      ultimateString = "$penultimate";
      penultimateString = parts.removeLast();
      length += ultimateString.length + overhead;
    } else {
      Object? ultimate = it.current;
      count++;
      while (it.moveNext()) {
        penultimate = ultimate;
        ultimate = it.current;
        count++;
        if (count > maxCount) {
          // Too many to find the end: drop elements until ", ...)" fits the limit.
          while (length > lengthLimit - ellipsisSize - overhead && count > headCount) {
            length -= parts.removeLast().length + overhead;
            count--;
          }
          parts.add("...");
          return;
        }
      }
      penultimateString = "$penultimate";
      ultimateString = "$ultimate";
      length += ultimateString.length + penultimateString.length + 2 * overhead;
    }
  }

  String? elision;
  if (count > parts.length + tailCount) {
    elision = "...";
    length += ellipsisSize + overhead;
  }
  // Long last elements push out initial ones (keeping at least headCount).
  while (length > lengthLimit && parts.length > headCount) {
    length -= parts.removeLast().length + overhead;
    if (elision == null) {
      elision = "...";
      length += ellipsisSize + overhead;
    }
  }
  if (elision != null) parts.add(elision);
  parts.add(penultimateString);
  parts.add(ultimateString);
}

String _mapToString(Map map) {
  if (_isToStringVisiting(map)) return "{...}";
  List<String> parts = <String>[];
  _toStringVisiting.add(map);
  try {
    map.forEach((Object? key, Object? value) {
      parts.add("$key: $value");
    });
  } finally {
    _toStringVisiting.removeLast();
  }
  return "{" + String._join(parts, ", ") + "}";
}

// Error.safeToString for objects other than numbers, booleans, null and strings: the Dart VM's
// description of the object, which never runs user code.
String _objectToSafeString(Object object) {
  if (object is List) {
    int kind = object._kind;
    String name = kind == 0 ? "_GrowableList" : (kind == 1 ? "_List" : "_ImmutableList");
    return "Instance(length:${object.length}) of '$name'";
  }
  if (object is _ConstMap) return "_ConstMap len:${object.length}";
  if (object is _Map) return "_Map len:${object.length}";
  if (object is _ConstSet) return "_ConstSet len:${object.length}";
  if (object is _Set) return "_Set len:${object.length}";
  if (object is Function) return object.toString();
  return "Instance of '${Object._className(object)}'";
}

// [string] as a JSON string literal, as the Dart VM's Error.safeToString prints strings.
String _jsonQuote(String string) {
  List<String> parts = <String>['"'];
  int start = 0;
  int length = string.length;
  for (int i = 0; i < length; i++) {
    int unit = string.codeUnitAt(i);
    String? escape;
    if (unit < 0x20 || unit == 0x22 || unit == 0x5C) {
      if (unit == 0x22) {
        escape = '\\"';
      } else if (unit == 0x5C) {
        escape = '\\\\';
      } else if (unit == 0x08) {
        escape = '\\b';
      } else if (unit == 0x09) {
        escape = '\\t';
      } else if (unit == 0x0A) {
        escape = '\\n';
      } else if (unit == 0x0C) {
        escape = '\\f';
      } else if (unit == 0x0D) {
        escape = '\\r';
      } else {
        escape = '\\u' + unit.toRadixString(16).padLeft(4, '0');
      }
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      // Only a lone surrogate is escaped; a valid pair stays as it is.
      bool paired = unit < 0xDC00
          ? (i + 1 < length && (string.codeUnitAt(i + 1) & 0xFC00) == 0xDC00)
          : (i > 0 && (string.codeUnitAt(i - 1) & 0xFC00) == 0xD800);
      if (!paired) escape = '\\u' + unit.toRadixString(16);
    }
    if (escape != null) {
      parts.add(string._substringUnchecked(start, i));
      parts.add(escape);
      start = i + 1;
    }
  }
  parts.add(string._substringUnchecked(start, length));
  parts.add('"');
  return String._join(parts, "");
}
