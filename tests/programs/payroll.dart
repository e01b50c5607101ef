// Payroll report: employee hierarchy with abstract pay rules, hours parsing, overtime, tax brackets with records, currency formatting with manual thousands separators, grouping by department.
abstract class Employee implements Comparable<Employee> {
  final String id;
  final String name;
  final String dept;
  Employee(this.id, this.name, this.dept);
  double grossPay(List<double> hours);
  String get kind;
  @override
  int compareTo(Employee other) => dept != other.dept ? dept.compareTo(other.dept) : name.compareTo(other.name);
}

class Salaried extends Employee {
  final double annual;
  Salaried(super.id, super.name, super.dept, this.annual);
  @override
  double grossPay(List<double> hours) => annual / 26;
  @override
  String get kind => 'salary';
}

class Hourly extends Employee {
  final double rate;
  static const overtimeAfter = 40.0;
  Hourly(super.id, super.name, super.dept, this.rate);
  @override
  double grossPay(List<double> hours) {
    final weeks = [hours.take(5), hours.skip(5)];
    return weeks.map((w) => w.fold(0.0, (a, b) => a + b)).map((h) {
      final regular = h.clamp(0, overtimeAfter).toDouble();
      final overtime = h > overtimeAfter ? h - overtimeAfter : 0.0;
      return regular * rate + overtime * rate * 1.5;
    }).fold(0.0, (a, b) => a + b);
  }

  @override
  String get kind => 'hourly';
}

class Commissioned extends Salaried {
  final double sales;
  final double pct;
  Commissioned(super.id, super.name, super.dept, super.annual, this.sales, this.pct);
  @override
  double grossPay(List<double> hours) => super.grossPay(hours) + sales * pct;
  @override
  String get kind => 'commission';
}

const brackets = [(limit: 1000.0, rate: 0.10), (limit: 3000.0, rate: 0.20), (limit: double.infinity, rate: 0.35)];

double tax(double gross) {
  var remaining = gross, lower = 0.0, total = 0.0;
  for (final (:limit, :rate) in brackets) {
    final slice = (gross < limit ? gross : limit) - lower;
    if (slice <= 0) break;
    total += slice * rate;
    remaining -= slice;
    lower = limit;
  }
  return total;
}

String money(double v) {
  final cents = (v * 100).round();
  final whole = (cents ~/ 100).abs().toString();
  final sb = StringBuffer(cents < 0 ? '-\$' : '\$');
  for (var i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 == 0) sb.write(',');
    sb.write(whole[i]);
  }
  sb.write('.${(cents.abs() % 100).toString().padLeft(2, '0')}');
  return sb.toString();
}

const timesheet = '''
E1: 8 8 8 8 8 | 8 8 8 8 8
E2: 10 10 10 10 10 | 9 9 9 9 4
E4: 0 0 4 4 4 | 0 0 0 0 0
''';

void main() {
  final staff = <Employee>[
    Salaried('E0', 'Grace', 'eng', 130000),
    Hourly('E1', 'Alan', 'ops', 31.5),
    Hourly('E2', 'Ada', 'ops', 42),
    Commissioned('E3', 'Linus', 'sales', 52000, 85000, 0.04),
    Hourly('E4', 'Tim', 'eng', 25),
  ]..sort();
  final hours = <String, List<double>>{
    for (final line in timesheet.trim().split('\n'))
      line.split(':')[0]: line.split(':')[1].replaceAll('|', ' ').trim().split(RegExp(r'\s+')).map(double.parse).toList(),
  };
  print('${'ID'.padRight(4)}${'Name'.padRight(7)}${'Dept'.padRight(7)}${'Type'.padRight(11)}${'Gross'.padLeft(12)}${'Tax'.padLeft(11)}${'Net'.padLeft(12)}');
  final byDept = <String, double>{};
  var totalNet = 0.0;
  for (final e in staff) {
    final gross = e.grossPay(hours[e.id] ?? const []);
    final t = tax(gross);
    totalNet += gross - t;
    byDept.update(e.dept, (v) => v + gross, ifAbsent: () => gross);
    print('${e.id.padRight(4)}${e.name.padRight(7)}${e.dept.padRight(7)}${e.kind.padRight(11)}'
        '${money(gross).padLeft(12)}${money(t).padLeft(11)}${money(gross - t).padLeft(12)}');
  }
  print('total net ${money(totalNet)}');
  byDept.forEach((d, g) => print('$d: ${money(g)}'));
  print(money(1234567.891));
  print(money(-42.5));
  print(money(0.004));
  print(tax(500));
  print(tax(2500).toStringAsFixed(2));
  final top = staff.reduce((a, b) => a.grossPay(hours[a.id] ?? []) >= b.grossPay(hours[b.id] ?? []) ? a : b);
  print('top earner: ${top.name}');
  print(hours.map((k, v) => MapEntry(k, v.reduce((a, b) => a + b))));
}

// expect: ID  Name   Dept   Type              Gross        Tax         Net
// expect: E0  Grace  eng    salary        $5,000.00  $1,200.00   $3,800.00
// expect: E4  Tim    eng    hourly          $300.00     $30.00     $270.00
// expect: E2  Ada    ops    hourly        $3,990.00    $846.50   $3,143.50
// expect: E1  Alan   ops    hourly        $2,520.00    $404.00   $2,116.00
// expect: E3  Linus  sales  commission    $5,400.00  $1,340.00   $4,060.00
// expect: total net $13,389.50
// expect: eng: $5,300.00
// expect: ops: $6,510.00
// expect: sales: $5,400.00
// expect: $1,234,567.89
// expect: -$42.50
// expect: $0.00
// expect: 50.0
// expect: 400.00
// expect: top earner: Linus
// expect: {E1: 80.0, E2: 90.0, E4: 12.0}
