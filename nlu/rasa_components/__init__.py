"""Rasa graph components of the tsunagu Rasa project (loaded by ``rasa`` from ``nlu/``)."""
