"""Placeholder until the careers service API lands."""

from fastapi import APIRouter

router = APIRouter()
