#!/usr/bin/env escript
%% Twin of throughput.dart on Erlang processes: the main process sends Count small ints to a
%% counting process, which answers once it has them all; prints messages per second.
%% Usage: escript throughput.erl [Count]   (default 1000000)
-mode(compile).

main(Args) ->
    Count = case Args of [N] -> list_to_integer(N); [] -> 1000000 end,
    Parent = self(),
    Counter = spawn(fun() -> count(Parent, Count) end),
    Started = erlang:monotonic_time(microsecond),
    [Counter ! I || I <- lists:seq(1, Count)],
    receive done -> ok end,
    Micros = erlang:monotonic_time(microsecond) - Started,
    io:format("result: messages=~b elapsed_ms=~b msgs_per_s=~b~n",
              [Count, Micros div 1000, Count * 1000000 div Micros]).

count(Parent, 0) -> Parent ! done;
count(Parent, K) -> receive _ -> count(Parent, K - 1) end.
