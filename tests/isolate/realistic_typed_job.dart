// a job object with an enhanced enum, sealed shapes matched by a switch statement, a Set and typed data
// flags: --deterministic
// flags:
import 'dart:isolate';
import 'dart:typed_data';

enum Level {
  low(1), high(10);
  final int weight;
  const Level(this.weight);
}

sealed class Shape {}
final class Circle extends Shape { final double r; Circle(this.r); }
final class Rect extends Shape { final double w, h; Rect(this.w, this.h); }

double area(Shape s) {
  switch (s) {
    case Circle(:final r):
      return 3 * r * r;
    case Rect(w: final w, h: final h) when w == h:
      return w * w;
    case Rect(:final w, :final h):
      return w * h;
  }
}

class Job {
  final Level level;
  final List<Shape> shapes;
  final Set<String> tags;
  final Float64List weights;
  Job(this.level, this.shapes, this.tags, this.weights);
}

void worker(SendPort out) {
  final port = ReceivePort();
  out.send(port.sendPort);
  port.listen((j) {
    final job = j as Job;
    final areas = job.shapes.map(area).toList();
    out.send((job.level, job.level.weight, identical(job.level, Level.high), areas, job.tags.contains('x'), job.weights.reduce((a, b) => a + b)));
    port.close();
  }, onDone: () => out.send('worker port done'));
}

Future<void> main() async {
  final rp = ReceivePort();
  await Isolate.spawn(worker, rp.sendPort);
  final msgs = rp.asBroadcastStream();
  final SendPort w = await msgs.first;
  w.send(Job(Level.high, [Circle(1), Rect(2, 2), Rect(2, 3)], {'x', 'y'}, Float64List.fromList([0.5, 0.25])));
  final r = await msgs.first;
  print(r);
  print(await msgs.first);
  rp.close();
}

// expect: (Level.high, 10, true, [3.0, 4.0, 6.0], true, 0.75)
// expect: worker port done
