// Duration: a span of time in microseconds, with Dart's constructors, getters, arithmetic and
// toString format (H:MM:SS.mmmmmm, negative spans with a leading '-').

class Duration implements Comparable<Duration> {
  static const int microsecondsPerMillisecond = 1000;
  static const int millisecondsPerSecond = 1000;
  static const int secondsPerMinute = 60;
  static const int minutesPerHour = 60;
  static const int hoursPerDay = 24;
  static const int microsecondsPerSecond = 1000000;
  static const int microsecondsPerMinute = 60000000;
  static const int microsecondsPerHour = 3600000000;
  static const int microsecondsPerDay = 86400000000;
  static const int millisecondsPerMinute = 60000;
  static const int millisecondsPerHour = 3600000;
  static const int millisecondsPerDay = 86400000;
  static const int secondsPerHour = 3600;
  static const int secondsPerDay = 86400;
  static const int minutesPerDay = 1440;

  static const Duration zero = Duration(seconds: 0);

  final int _duration;

  const Duration(
      {int days = 0,
      int hours = 0,
      int minutes = 0,
      int seconds = 0,
      int milliseconds = 0,
      int microseconds = 0})
      : _duration = microseconds +
            microsecondsPerMillisecond * milliseconds +
            microsecondsPerSecond * seconds +
            microsecondsPerMinute * minutes +
            microsecondsPerHour * hours +
            microsecondsPerDay * days;

  const Duration._microseconds(this._duration);

  Duration operator +(Duration other) => Duration._microseconds(_duration + other._duration);
  Duration operator -(Duration other) => Duration._microseconds(_duration - other._duration);
  Duration operator *(num factor) => Duration._microseconds((_duration * factor).round());
  Duration operator ~/(int quotient) {
    if (quotient == 0) throw IntegerDivisionByZeroException();
    return Duration._microseconds(_duration ~/ quotient);
  }

  bool operator <(Duration other) => _duration < other._duration;
  bool operator >(Duration other) => _duration > other._duration;
  bool operator <=(Duration other) => _duration <= other._duration;
  bool operator >=(Duration other) => _duration >= other._duration;

  int get inDays => _duration ~/ microsecondsPerDay;
  int get inHours => _duration ~/ microsecondsPerHour;
  int get inMinutes => _duration ~/ microsecondsPerMinute;
  int get inSeconds => _duration ~/ microsecondsPerSecond;
  int get inMilliseconds => _duration ~/ microsecondsPerMillisecond;
  int get inMicroseconds => _duration;

  bool operator ==(Object other) => other is Duration && _duration == other._duration;
  int get hashCode => _duration.hashCode;

  int compareTo(Duration other) => _duration.compareTo(other._duration);

  bool get isNegative => _duration < 0;
  Duration abs() => Duration._microseconds(_duration.abs());
  Duration operator -() => Duration._microseconds(0 - _duration);

  String toString() {
    var microseconds = inMicroseconds;
    var sign = "";
    var negative = microseconds < 0;
    var hours = microseconds ~/ microsecondsPerHour;
    microseconds = microseconds.remainder(microsecondsPerHour);
    // Durations past the int range of hours cannot occur: 2^63 us is about 2.5 million hours.
    if (negative) {
      hours = 0 - hours;
      microseconds = 0 - microseconds;
      sign = "-";
    }
    var minutes = microseconds ~/ microsecondsPerMinute;
    microseconds = microseconds.remainder(microsecondsPerMinute);
    var minutesPadding = minutes < 10 ? "0" : "";
    var seconds = microseconds ~/ microsecondsPerSecond;
    microseconds = microseconds.remainder(microsecondsPerSecond);
    var secondsPadding = seconds < 10 ? "0" : "";
    var micros = microseconds.toString();
    while (micros.length < 6) {
      micros = "0" + micros;
    }
    return "$sign$hours:$minutesPadding$minutes:$secondsPadding$seconds.$micros";
  }
}
