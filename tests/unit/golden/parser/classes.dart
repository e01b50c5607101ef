// Classes and every member form.
abstract class Shape implements Comparable<Shape> {
  double get area;
  String describe();
  int compareTo(Shape other) => area.compareTo(other.area);
}

class Point extends Object implements Comparable<Point> {
  final int x;
  final int y;
  static const Point origin = Point(0, 0);
  static int created = 0;
  late String label;
  covariant num weight = 1;
  int? maybe, other = 2;

  const Point(this.x, this.y);
  Point.polar(double r, double theta)
      : x = (r * theta).round(),
        this.y = 0,
        assert(r >= 0, 'negative radius');
  Point.origin() : this(0, 0);
  Point.fromList(List<int> l) : this(l[0], l[1]);
  factory Point.parse(String s) {
    return Point(int.parse(s), 0);
  }
  factory Point.copy(Point p) => Point(p.x, p.y);
  factory Point.redirect(int x, int y) = Point;
  factory Point.named() = Point.origin;
  external Point.native();

  int get sum => x + y;
  set sum(int value) {}
  static Point make() => Point(1, 1);
  Point operator +(Point o) => Point(x + o.x, y + o.y);
  Point operator -() => Point(-x, -y);
  Point operator -(Point o) => Point(x - o.x, y - o.y);
  bool operator ==(Object other) => other is Point && other.x == x && other.y == y;
  int operator [](int i) => i == 0 ? x : y;
  void operator []=(int i, int v) {}
  bool operator <(Point o) => sum < o.sum;
  int operator ~/(int d) => x ~/ d;
  int operator >>(int n) => x >> n;
  int operator >>>(int n) => x >>> n;
  Point operator ~() => this;
  @override
  int get hashCode => Object.hash(x, y);
  @override
  String toString() => 'Point($x, $y)';
  int compareTo(Point other) => sum - other.sum;
  R fold<R>(R initial, R Function(R, int) f) => f(f(initial, x), y);
}

class Sub extends Point {
  Sub(super.x, super.y, {int extra = 0}) : super();
  Sub.named(int v) : super.polar(1.0, 2.0);
  @override
  int get sum => super.sum + 1;
  void callSuper() {
    super.toString();
    print(super[0]);
    print(-super);
  }
}

class Generic<K, V extends Comparable<V>> {
  final Map<K, List<V>> map = {};
  List<V>? lookup(K key) => map[key];
}

class Empty {}
