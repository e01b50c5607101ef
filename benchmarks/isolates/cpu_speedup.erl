#!/usr/bin/env escript
%% Twin of cpu_speedup.dart on Erlang processes: 4 calls of fib(N) done by one process, then
%% split across two processes; both taken 3 times, alternately, keeping the fastest of each.
%% Prints both times and speedup = t1 / t2.
%% Usage: escript cpu_speedup.erl [N]   (default 34)
-mode(compile).
-define(UNITS, 4).

main(Args) ->
    N = case Args of [A] -> list_to_integer(A); [] -> 34 end,
    Pairs = [{time_run(N, 1), time_run(N, 2)} || _ <- lists:seq(1, 3)],
    One = lists:min([T1 || {T1, _} <- Pairs]),
    Two = lists:min([T2 || {_, T2} <- Pairs]),
    io:format("result: fib=~b units=~b one_isolate_ms=~b two_isolates_ms=~b speedup=~.2f~n",
              [N, ?UNITS, One div 1000, Two div 1000, One / Two]).

time_run(N, Workers) ->
    Parent = self(),
    Started = erlang:monotonic_time(microsecond),
    [spawn(fun() -> Parent ! {done, units(N, ?UNITS div Workers, 0)} end)
     || _ <- lists:seq(1, Workers)],
    [receive {done, _} -> ok end || _ <- lists:seq(1, Workers)],
    erlang:monotonic_time(microsecond) - Started.

units(_, 0, Sum) -> Sum;
units(N, K, Sum) -> units(N, K - 1, Sum + fib(N)).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
