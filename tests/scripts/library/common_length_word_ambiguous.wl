// The shared characters end inside a word: PC SOFT's page does not say whether the
// separator before it counts, so wl refuses.
Trace(TailleCommune("New York", "New Yorker", MotComplet))
