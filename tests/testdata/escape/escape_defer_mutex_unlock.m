escape_defer_mutex_unlock.go:13:7: leaking param: a
escape_defer_mutex_unlock.go:20:6: moved to heap: mu
escape_defer_mutex_unlock.go:31:6: moved to heap: a
escape_defer_mutex_unlock.go:34:13: ... argument does not escape
escape_defer_mutex_unlock.go:34:15: a.balance escapes to heap
escape_defer_mutex_unlock.go:34:30: total() escapes to heap
