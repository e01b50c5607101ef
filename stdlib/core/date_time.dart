// dart:core DateTime: an instant as microseconds since the Unix epoch plus a UTC/local flag.
// Calendar arithmetic (proleptic Gregorian, with Dart's normalization of out-of-range fields),
// ISO-8601 parsing, toString/toIso8601String are Dart; the clock and the local zone's offset and
// name come from natives (date_time_natives.cc). Invariant: |_value| <= 8.64e18 microseconds
// (100,000,000 days either side of the epoch), as in Dart.

class DateTime implements Comparable<DateTime> {
  static const int monday = 1;
  static const int tuesday = 2;
  static const int wednesday = 3;
  static const int thursday = 4;
  static const int friday = 5;
  static const int saturday = 6;
  static const int sunday = 7;
  static const int daysPerWeek = 7;
  static const int january = 1;
  static const int february = 2;
  static const int march = 3;
  static const int april = 4;
  static const int may = 5;
  static const int june = 6;
  static const int july = 7;
  static const int august = 8;
  static const int september = 9;
  static const int october = 10;
  static const int november = 11;
  static const int december = 12;
  static const int monthsPerYear = 12;

  static const int _maxMillisecondsSinceEpoch = 8640000000000000;
  static const int _microsecondsPerDay = 86400000000;

  // Microseconds since 1970-01-01T00:00:00Z.
  final int _value;
  final bool isUtc;

  DateTime(int year,
      [int month = 1,
      int day = 1,
      int hour = 0,
      int minute = 0,
      int second = 0,
      int millisecond = 0,
      int microsecond = 0])
      : this._withValue(
            _brokenDownToValue(
                year, month, day, hour, minute, second, millisecond, microsecond, false),
            false);

  DateTime.utc(int year,
      [int month = 1,
      int day = 1,
      int hour = 0,
      int minute = 0,
      int second = 0,
      int millisecond = 0,
      int microsecond = 0])
      : this._withValue(
            _brokenDownToValue(
                year, month, day, hour, minute, second, millisecond, microsecond, true),
            true);

  DateTime.now() : this._withValue(_currentMicros(), false);

  DateTime.timestamp() : this._withValue(_currentMicros(), true);

  DateTime.fromMillisecondsSinceEpoch(int millisecondsSinceEpoch, {bool isUtc = false})
      : this._withValue(_checkMillis(millisecondsSinceEpoch) * 1000, isUtc);

  DateTime.fromMicrosecondsSinceEpoch(int microsecondsSinceEpoch, {bool isUtc = false})
      : this._withValue(microsecondsSinceEpoch, isUtc);

  DateTime._withValue(int value, this.isUtc) : _value = _checkValue(value);

  static int _checkMillis(int millisecondsSinceEpoch) {
    if (millisecondsSinceEpoch.abs() > _maxMillisecondsSinceEpoch) {
      throw RangeError.range(millisecondsSinceEpoch, -_maxMillisecondsSinceEpoch,
          _maxMillisecondsSinceEpoch, "millisecondsSinceEpoch");
    }
    return millisecondsSinceEpoch;
  }

  static int _checkValue(int value) {
    if (value.abs() > _maxMillisecondsSinceEpoch * 1000) {
      throw ArgumentError("DateTime is outside valid range: $value");
    }
    return value;
  }

  external static int _currentMicros();

  // The local zone's offset from UTC, in seconds, at [secondsSinceEpoch].
  external static int _localOffsetSeconds(int secondsSinceEpoch);

  external static String _localZoneName(int secondsSinceEpoch);

  // Days from 1970-01-01 to [year]-[month]-01 (month 1..12), proleptic Gregorian.
  static int _daysFromCivil(int year, int month) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) ~/ 400;
    int yoe = y - era * 400;
    int mp = (month + 9) % 12;
    int doy = (153 * mp + 2) ~/ 5;
    int doe = yoe * 365 + yoe ~/ 4 - yoe ~/ 100 + doy;
    return era * 146097 + doe - 719468;
  }

  // The microseconds since the epoch of the given fields, read as UTC or local time; fields out
  // of range carry into the next larger one (month 13 is January of the next year).
  static int _brokenDownToValue(int year, int month, int day, int hour, int minute, int second,
      int millisecond, int microsecond, bool isUtc) {
    int yearCarry = _floorDiv(month - 1, 12);
    year += yearCarry;
    int zeroMonth = month - 1 - yearCarry * 12;
    int days = _daysFromCivil(year, zeroMonth + 1) + day - 1;
    int value = days * _microsecondsPerDay +
        hour * 3600000000 +
        minute * 60000000 +
        second * 1000000 +
        millisecond * 1000 +
        microsecond;
    if (isUtc) return value;
    // Local time: find the instant whose local reading is [value].
    int seconds = value ~/ 1000000;
    int offset = _localOffsetSeconds(seconds);
    int adjusted = _localOffsetSeconds(seconds - offset);
    return value - adjusted * 1000000;
  }

  // The microseconds since the epoch as read on a local (or UTC) clock.
  int get _localValue {
    if (isUtc) return _value;
    return _value + _localOffsetSeconds(_floorDiv(_value, 1000000)) * 1000000;
  }

  static int _floorDiv(int a, int b) {
    int q = a ~/ b;
    if ((a % b != 0) && (a < 0)) q -= 1;
    return q;
  }

  // [year, month, day] of the civil date [days] after 1970-01-01.
  static List<int> _civilFromDays(int days) {
    int z = days + 719468;
    int era = (z >= 0 ? z : z - 146096) ~/ 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe ~/ 1460 + doe ~/ 36524 - doe ~/ 146096) ~/ 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe ~/ 4 - yoe ~/ 100);
    int mp = (5 * doy + 2) ~/ 153;
    int d = doy - (153 * mp + 2) ~/ 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    return <int>[m <= 2 ? y + 1 : y, m, d];
  }

  int get _localDays => _floorDiv(_localValue, _microsecondsPerDay);

  int get _localMicrosOfDay => _localValue - _localDays * _microsecondsPerDay;

  int get year => _civilFromDays(_localDays)[0];

  int get month => _civilFromDays(_localDays)[1];

  int get day => _civilFromDays(_localDays)[2];

  int get hour => _localMicrosOfDay ~/ 3600000000;

  int get minute => (_localMicrosOfDay ~/ 60000000) % 60;

  int get second => (_localMicrosOfDay ~/ 1000000) % 60;

  int get millisecond => (_localMicrosOfDay ~/ 1000) % 1000;

  int get microsecond => _localMicrosOfDay % 1000;

  // 1 (Monday) to 7 (Sunday); 1970-01-01 was a Thursday.
  int get weekday => (_localDays + 3) % 7 + 1;

  int get millisecondsSinceEpoch => _floorDiv(_value, 1000);

  int get microsecondsSinceEpoch => _value;

  String get timeZoneName {
    if (isUtc) return "UTC";
    return _localZoneName(_floorDiv(_value, 1000000));
  }

  Duration get timeZoneOffset {
    if (isUtc) return Duration.zero;
    return Duration(seconds: _localOffsetSeconds(_floorDiv(_value, 1000000)));
  }

  bool operator ==(Object other) =>
      other is DateTime && _value == other._value && isUtc == other.isUtc;

  int get hashCode => (_value ^ (_value >> 30)) & 0x3FFFFFFF;

  bool isBefore(DateTime other) => _value < other._value;

  bool isAfter(DateTime other) => _value > other._value;

  bool isAtSameMomentAs(DateTime other) => _value == other._value;

  int compareTo(DateTime other) => _value.compareTo(other._value);

  DateTime toLocal() => isUtc ? DateTime._withValue(_value, false) : this;

  DateTime toUtc() => isUtc ? this : DateTime._withValue(_value, true);

  DateTime add(Duration duration) =>
      DateTime._withValue(_value + duration.inMicroseconds, isUtc);

  DateTime subtract(Duration duration) =>
      DateTime._withValue(_value - duration.inMicroseconds, isUtc);

  Duration difference(DateTime other) => Duration(microseconds: _value - other._value);

  DateTime copyWith(
          {int? year,
          int? month,
          int? day,
          int? hour,
          int? minute,
          int? second,
          int? millisecond,
          int? microsecond,
          bool? isUtc}) =>
      _fromFields(
          year ?? this.year,
          month ?? this.month,
          day ?? this.day,
          hour ?? this.hour,
          minute ?? this.minute,
          second ?? this.second,
          millisecond ?? this.millisecond,
          microsecond ?? this.microsecond,
          isUtc ?? this.isUtc);

  static DateTime _fromFields(int year, int month, int day, int hour, int minute, int second,
      int millisecond, int microsecond, bool isUtc) {
    return DateTime._withValue(
        _brokenDownToValue(
            year, month, day, hour, minute, second, millisecond, microsecond, isUtc),
        isUtc);
  }

  static String _fourDigits(int n) {
    int absN = n.abs();
    String sign = n < 0 ? "-" : "";
    if (absN >= 1000) return "$n";
    if (absN >= 100) return "${sign}0$absN";
    if (absN >= 10) return "${sign}00$absN";
    return "${sign}000$absN";
  }

  static String _sixDigits(int n) {
    int absN = n.abs();
    String sign = n < 0 ? "-" : "+";
    if (absN >= 100000) return "$sign$absN";
    return "${sign}0$absN";
  }

  static String _threeDigits(int n) {
    if (n >= 100) return "$n";
    if (n >= 10) return "0$n";
    return "00$n";
  }

  static String _twoDigits(int n) {
    if (n >= 10) return "$n";
    return "0$n";
  }

  // "2024-01-02 03:04:05.006" (+ 3 more digits when there are microseconds, + "Z" in UTC).
  String toString() => _format(" ", _fourDigits(year));

  // "2024-01-02T03:04:05.006Z"; years outside 0..9999 get a sign and six digits.
  String toIso8601String() {
    int y = year;
    return _format("T", (y >= -9999 && y <= 9999) ? _fourDigits(y) : _sixDigits(y));
  }

  String _format(String separator, String y) {
    List<int> date = _civilFromDays(_localDays);
    int micros = _localMicrosOfDay;
    String m = _twoDigits(date[1]);
    String d = _twoDigits(date[2]);
    String h = _twoDigits(micros ~/ 3600000000);
    String min = _twoDigits((micros ~/ 60000000) % 60);
    String sec = _twoDigits((micros ~/ 1000000) % 60);
    String ms = _threeDigits((micros ~/ 1000) % 1000);
    int microsecond = micros % 1000;
    String us = microsecond == 0 ? "" : _threeDigits(microsecond);
    String zone = isUtc ? "Z" : "";
    return "$y-$m-$d$separator$h:$min:$sec.$ms$us$zone";
  }

  static DateTime parse(String formattedString) {
    DateTime? result = tryParse(formattedString);
    if (result == null) throw FormatException("Invalid date format", formattedString);
    return result;
  }

  // The ISO-8601 subset Dart accepts:
  //   [+-]?YYYY[YY] -?MM -?DD ([ T]HH (:?MM (:?SS ([.,]fraction)?)?)? ( ?Z| ?[+-]HH(:?MM)?)?)?
  // A zone makes the result UTC; without one it is local time.
  static DateTime? tryParse(String formattedString) {
    // The year takes 6, 5 or 4 digits, the first count that lets the rest match (as Dart's
    // backtracking regular expression does).
    for (int yearDigits = 6; yearDigits >= 4; yearDigits--) {
      DateTime? result = _tryParseWithYearDigits(formattedString, yearDigits);
      if (result != null) return result;
    }
    return null;
  }

  static DateTime? _tryParseWithYearDigits(String formattedString, int yearDigits) {
    _DateParser p = _DateParser(formattedString);
    int sign = 1;
    if (p.peek(0x2B)) {
      p.pos++;
    } else if (p.peek(0x2D)) {
      sign = -1;
      p.pos++;
    }
    int yearStart = p.pos;
    for (int i = 0; i < yearDigits; i++) {
      if (!p.digitAt(p.pos)) return null;
      p.pos++;
    }
    int year = sign * int.parse(formattedString.substring(yearStart, p.pos));
    if (p.peek(0x2D)) p.pos++;
    int? month = p.twoDigits();
    if (month == null) return null;
    if (p.peek(0x2D)) p.pos++;
    int? day = p.twoDigits();
    if (day == null) return null;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int fraction = 0;
    bool isUtc = false;
    int zoneMinutes = 0;
    if (!p.atEnd) {
      if (!p.peek(0x20) && !p.peek(0x54)) return null;
      p.pos++;
      int? h = p.twoDigits();
      if (h == null) return null;
      hour = h;
      int save = p.pos;
      if (p.peek(0x3A)) p.pos++;
      int? min = p.twoDigits();
      if (min == null) {
        p.pos = save;
      } else {
        minute = min;
        save = p.pos;
        if (p.peek(0x3A)) p.pos++;
        int? s = p.twoDigits();
        if (s == null) {
          p.pos = save;
        } else {
          second = s;
          if (p.peek(0x2E) || p.peek(0x2C)) {
            int fractionStart = p.pos + 1;
            if (!p.digitAt(fractionStart)) return null;
            p.pos = fractionStart;
            int count = 0;
            while (p.digitAt(p.pos)) {
              if (count < 6) fraction = fraction * 10 + (p.unit(p.pos) - 0x30);
              count++;
              p.pos++;
            }
            while (count < 6) {
              fraction *= 10;
              count++;
            }
          }
        }
      }
      if (!p.atEnd) {
        if (p.peek(0x20)) p.pos++;
        if (p.peek(0x5A) || p.peek(0x7A)) {
          p.pos++;
          isUtc = true;
        } else if (p.peek(0x2B) || p.peek(0x2D)) {
          int zoneSign = p.peek(0x2D) ? -1 : 1;
          p.pos++;
          int? zoneHours = p.twoDigits();
          if (zoneHours == null) return null;
          int zoneMins = 0;
          if (!p.atEnd) {
            if (p.peek(0x3A)) p.pos++;
            int? zm = p.twoDigits();
            if (zm == null) return null;
            zoneMins = zm;
          }
          zoneMinutes = zoneSign * (zoneHours * 60 + zoneMins);
          isUtc = true;
        } else {
          return null;
        }
        if (!p.atEnd) return null;
      }
    }
    int value = _brokenDownToValue(year, month, day, hour, minute - zoneMinutes, second,
        fraction ~/ 1000, fraction % 1000, isUtc);
    if (value.abs() > _maxMillisecondsSinceEpoch * 1000) return null;
    return DateTime._withValue(value, isUtc);
  }
}

// A cursor over the text of DateTime.parse.
class _DateParser {
  final String text;
  int pos = 0;

  _DateParser(this.text);

  bool get atEnd => pos >= text.length;

  int unit(int i) => text.codeUnitAt(i);

  bool peek(int codeUnit) => pos < text.length && text.codeUnitAt(pos) == codeUnit;

  bool digitAt(int i) {
    if (i >= text.length) return false;
    int c = text.codeUnitAt(i);
    return c >= 0x30 && c <= 0x39;
  }

  // Two digits at the cursor, consumed; null (nothing consumed) when there are not two.
  int? twoDigits() {
    if (!digitAt(pos) || !digitAt(pos + 1)) return null;
    int value = (unit(pos) - 0x30) * 10 + (unit(pos + 1) - 0x30);
    pos += 2;
    return value;
  }
}
