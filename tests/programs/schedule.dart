// Meeting scheduler: DateTime and Duration arithmetic, formatting, comparisons, SplayTreeMap agenda.
import 'dart:collection';

String two(int n) => n.toString().padLeft(2, '0');

extension DateFmt on DateTime {
  String get ymd => '$year-${two(month)}-${two(day)}';
  String get hm => '${two(hour)}:${two(minute)}';
  static const _days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  String get dayName => _days[weekday - 1];
}

extension DurFmt on Duration {
  String get pretty {
    final h = inHours;
    final m = inMinutes.remainder(60);
    return h > 0 ? '${h}h ${m}m' : '${m}m';
  }
}

class Meeting implements Comparable<Meeting> {
  final String title;
  final DateTime start;
  final Duration length;
  Meeting(this.title, this.start, this.length);
  DateTime get end => start.add(length);
  bool overlaps(Meeting other) => start.isBefore(other.end) && other.start.isBefore(end);
  @override
  int compareTo(Meeting other) => start.compareTo(other.start);
  @override
  String toString() => '$title ${start.dayName} ${start.ymd} ${start.hm}-${end.hm} (${length.pretty})';
}

void main() {
  final base = DateTime(2024, 2, 27, 9, 30);
  print(base);
  print(base.toIso8601String());
  final utc = DateTime.utc(2024, 3, 1, 12, 0, 5, 123);
  print(utc);
  print(utc.toIso8601String());
  print(utc.isUtc);
  print(DateTime.parse('2024-02-29T13:45:00Z'));
  print(DateTime.parse('2024-02-29 08:05:09.5'));
  print(DateTime.parse('20240101T000000').weekday);
  print(DateTime(2024, 1, 31).add(const Duration(days: 30)));
  print(DateTime(2023, 14, 1));
  print(DateTime(2024, 3, 0).day);
  print(DateTime.fromMillisecondsSinceEpoch(0, isUtc: true));
  print(DateTime.utc(2000).millisecondsSinceEpoch);
  print(DateTime.utc(2024, 12, 25).difference(DateTime.utc(2024, 1, 1)).inDays);
  print(DateTime.utc(2024, 1, 1, 10).isAfter(DateTime.utc(2024, 1, 1, 9)));
  print(DateTime.utc(2024, 5, 5) == DateTime.utc(2024, 5, 5, 0, 0));
  print(DateTime(2024, 6, 15).copyWithDay(1));
  print(DateTime.monday + DateTime.sunday + DateTime.december);
  print(DateTime.utc(2021, 1, 1).subtract(const Duration(microseconds: 1)));
  print(DateTime.utc(1969, 7, 20, 20, 17).toString());
  print(DateTime.utc(-50, 1, 1).year);

  const d = Duration(hours: 26, minutes: 3, seconds: 4, milliseconds: 5, microseconds: 6);
  print(d);
  print(d.inDays);
  print(d.inMinutes);
  print(-d);
  print(const Duration(minutes: 90) + const Duration(minutes: 45));
  print(const Duration(seconds: 10) * 1.5);
  print(const Duration(hours: 1) ~/ 7);
  print(const Duration(minutes: 5) > const Duration(seconds: 299));
  print(Duration.zero);
  print(const Duration(milliseconds: -1500));
  print(const Duration(days: 1).compareTo(const Duration(hours: 24)));
  print(const Duration(seconds: 61).inSeconds);
  print(Duration(microseconds: 1).isNegative);

  final meetings = [
    Meeting('Standup', base, const Duration(minutes: 15)),
    Meeting('Design', base.add(const Duration(minutes: 10)), const Duration(hours: 1)),
    Meeting('Lunch', DateTime(2024, 2, 27, 12), const Duration(minutes: 45)),
    Meeting('Retro', DateTime(2024, 2, 29, 16), const Duration(hours: 1, minutes: 30)),
    Meeting('Planning', DateTime(2024, 3, 1, 9), const Duration(hours: 2)),
  ]..sort();
  meetings.forEach(print);
  for (var i = 0; i < meetings.length; i++) {
    for (var j = i + 1; j < meetings.length; j++) {
      if (meetings[i].overlaps(meetings[j])) {
        print('conflict: ${meetings[i].title} / ${meetings[j].title}');
      }
    }
  }
  final agenda = SplayTreeMap<String, List<String>>();
  for (final m in meetings.reversed) {
    agenda.putIfAbsent(m.start.ymd, () => []).add(m.title);
  }
  agenda.forEach((day, titles) => print('$day: ${titles.join(', ')}'));
  print(agenda.firstKey());
  print(agenda.lastKeyBefore('2024-03-01'));
  print(agenda.firstKeyAfter('2024-02-27'));
  final total = meetings.map((m) => m.length).reduce((a, b) => a + b);
  print('total ${total.pretty} = $total');
  final byDay = meetings.fold<Map<String, Duration>>({}, (acc, m) {
    acc.update(m.start.dayName, (v) => v + m.length, ifAbsent: () => m.length);
    return acc;
  });
  print(byDay);
}

extension on DateTime {
  DateTime copyWithDay(int day) => DateTime(year, month, day, hour, minute);
}

// expect: 2024-02-27 09:30:00.000
// expect: 2024-02-27T09:30:00.000
// expect: 2024-03-01 12:00:05.123Z
// expect: 2024-03-01T12:00:05.123Z
// expect: true
// expect: 2024-02-29 13:45:00.000Z
// expect: 2024-02-29 08:05:09.500
// expect: 1
// expect: 2024-03-01 00:00:00.000
// expect: 2024-02-01 00:00:00.000
// expect: 29
// expect: 1970-01-01 00:00:00.000Z
// expect: 946684800000
// expect: 359
// expect: true
// expect: true
// expect: 2024-06-01 00:00:00.000
// expect: 20
// expect: 2020-12-31 23:59:59.999999Z
// expect: 1969-07-20 20:17:00.000Z
// expect: -50
// expect: 26:03:04.005006
// expect: 1
// expect: 1563
// expect: -26:03:04.005006
// expect: 2:15:00.000000
// expect: 0:00:15.000000
// expect: 0:08:34.285714
// expect: true
// expect: 0:00:00.000000
// expect: -0:00:01.500000
// expect: 0
// expect: 61
// expect: false
// expect: Standup Tue 2024-02-27 09:30-09:45 (15m)
// expect: Design Tue 2024-02-27 09:40-10:40 (1h 0m)
// expect: Lunch Tue 2024-02-27 12:00-12:45 (45m)
// expect: Retro Thu 2024-02-29 16:00-17:30 (1h 30m)
// expect: Planning Fri 2024-03-01 09:00-11:00 (2h 0m)
// expect: conflict: Standup / Design
// expect: 2024-02-27: Lunch, Design, Standup
// expect: 2024-02-29: Retro
// expect: 2024-03-01: Planning
// expect: 2024-02-27
// expect: 2024-02-29
// expect: 2024-02-29
// expect: total 5h 30m = 5:30:00.000000
// expect: {Tue: 2:00:00.000000, Thu: 1:30:00.000000, Fri: 2:00:00.000000}
